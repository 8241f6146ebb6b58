package kr.policy.checker.domain.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 17 시·도 (first-level administrative divisions). Reference data, not law: which of them form the 수도권 is said
 * in the rules. Accepts the full and short Korean name, the English name and the two-digit administrative code,
 * including the codes and names in use before 강원특별자치도 (2023-06-11, 42 → 51) and 전북특별자치도 (2024-01-18, 45 → 52).
 */
public enum Sido {
    SEOUL("서울특별시", "서울", "Seoul", "11", "Seoul Special City"),
    BUSAN("부산광역시", "부산", "Busan", "26", "Busan Metropolitan City"),
    DAEGU("대구광역시", "대구", "Daegu", "27", "Daegu Metropolitan City"),
    INCHEON("인천광역시", "인천", "Incheon", "28", "Incheon Metropolitan City"),
    GWANGJU("광주광역시", "광주", "Gwangju", "29", "Gwangju Metropolitan City"),
    DAEJEON("대전광역시", "대전", "Daejeon", "30", "Daejeon Metropolitan City"),
    ULSAN("울산광역시", "울산", "Ulsan", "31", "Ulsan Metropolitan City"),
    SEJONG("세종특별자치시", "세종", "Sejong", "36", "Sejong Special Self-Governing City"),
    GYEONGGI("경기도", "경기", "Gyeonggi", "41", "Gyeonggi-do", "Gyeonggi Province"),
    GANGWON("강원특별자치도", "강원", "Gangwon", "51", "42", "강원도", "Gangwon-do", "Gangwon Province",
            "Gangwon State", "Gangwon Special Self-Governing Province"),
    CHUNGBUK("충청북도", "충북", "North Chungcheong", "43", "Chungcheongbuk-do", "Chungbuk",
            "North Chungcheong Province"),
    CHUNGNAM("충청남도", "충남", "South Chungcheong", "44", "Chungcheongnam-do", "Chungnam",
            "South Chungcheong Province"),
    JEONBUK("전북특별자치도", "전북", "Jeonbuk", "52", "45", "전라북도", "Jeollabuk-do", "North Jeolla",
            "North Jeolla Province", "Jeonbuk State", "Jeonbuk Special Self-Governing Province"),
    JEONNAM("전라남도", "전남", "South Jeolla", "46", "Jeollanam-do", "Jeonnam", "South Jeolla Province"),
    GYEONGBUK("경상북도", "경북", "North Gyeongsang", "47", "Gyeongsangbuk-do", "Gyeongbuk",
            "North Gyeongsang Province"),
    GYEONGNAM("경상남도", "경남", "South Gyeongsang", "48", "Gyeongsangnam-do", "Gyeongnam",
            "South Gyeongsang Province"),
    JEJU("제주특별자치도", "제주", "Jeju", "50", "제주도", "Jeju-do", "Jeju Province",
            "Jeju Special Self-Governing Province");

    private static final Map<String, Sido> BY_ALIAS = new HashMap<>();

    static {
        for (Sido s : values()) {
            BY_ALIAS.put(normalise(s.name()), s);
            s.aliases.forEach(a -> {
                Sido previous = BY_ALIAS.put(normalise(a), s);
                if (previous != null && previous != s) {
                    throw new IllegalStateException("alias " + a + " names two regions");
                }
            });
        }
    }

    private final String fullName;
    private final String shortName;
    private final String englishName;
    private final String code;
    private final List<String> aliases;

    Sido(String fullName, String shortName, String englishName, String code, String... more) {
        this.fullName = fullName;
        this.shortName = shortName;
        this.englishName = englishName;
        this.code = code;
        this.aliases = new java.util.ArrayList<>(List.of(fullName, shortName, englishName, code));
        this.aliases.addAll(List.of(more));
    }

    public String fullName() { return fullName; }
    public String shortName() { return shortName; }
    public String englishName() { return englishName; }
    /** The current two-digit administrative code. */
    public String code() { return code; }

    /** Any accepted form, ignoring case, spaces, hyphens and dots; null for anything else. */
    public static Sido find(String text) {
        return text == null ? null : BY_ALIAS.get(normalise(text));
    }

    /** For JSON input: an unknown region is an error naming the field. */
    @JsonCreator
    public static Sido parse(String text) {
        Sido s = find(text);
        if (s == null) {
            throw new UnknownRegionException(text);
        }
        return s;
    }

    private static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (!Character.isWhitespace(c) && c != '-' && c != '.' && c != '_') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
