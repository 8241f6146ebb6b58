package kr.policy.checker.domain;

import java.util.List;

/**
 * A matter that may proceed under one statute only, though the applicant may choose which (contract §13.1: a site
 * both a 특화단지 and a 반도체클러스터 gets its time-out under one act, never two deemings of one permit).
 *
 * @param choice the input field whose value chooses the statute (an enum asked on the form)
 * @param aspect the aspect of that value, in the domain's messages, that names the statute
 *               ({@code statute.Channel.<VALUE>}); an empty one names none, and such a case conflicts with nothing
 * @param matter the input fields that identify the matter, beside the applicant (e.g. the permit and the request date)
 */
public record OneStatutePerMatter(String choice, String aspect, List<String> matter) {
}
