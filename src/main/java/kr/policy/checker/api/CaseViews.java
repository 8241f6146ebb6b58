package kr.policy.checker.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.policy.checker.register.CaseEvent;
import kr.policy.checker.register.CaseRegister;
import kr.policy.checker.register.RegisterKind;
import kr.policy.checker.register.RegisteredCase;

/** The JSON views of the case register (contract §5): a case with its fields, evaluation and events; list items. */
@ApplicationScoped
public class CaseViews {
    @Inject
    ObjectMapper json;

    public ObjectNode full(CaseRegister.Loaded loaded) {
        RegisteredCase c = loaded.entity();
        ObjectNode view = header(c);
        loaded.facts().fields().forEachRemaining(f -> view.set(f.getKey(), f.getValue()));
        ObjectNode evaluation = json.valueToTree(loaded.evaluation());
        evaluation.remove("domain");
        view.set("evaluation", evaluation);
        ArrayNode events = view.putArray("events");
        for (CaseEvent e : loaded.events()) {
            ObjectNode ev = events.addObject();
            ev.put("seq", e.seq);
            ev.put("type", e.type);
            ev.put("date", e.date == null ? null : e.date.toString());
            if (e.days == null) {
                ev.putNull("days");
            } else {
                ev.put("days", e.days);
            }
            ev.put("note", e.note);
            ev.put("createdAt", e.createdAt.toString());
        }
        view.put("createdAt", c.createdAt.toString());
        view.put("updatedAt", c.updatedAt.toString());
        return view;
    }

    /** {"items": [...], "total", "page", "size"}. */
    public ObjectNode listing(RegisterKind kind, CaseRegister.Listing listing, int page, int size) {
        ObjectNode out = json.createObjectNode();
        ArrayNode items = out.putArray("items");
        listing.items().forEach(c -> items.add(item(kind, c)));
        out.put("total", listing.total());
        out.put("page", page);
        out.put("size", size);
        return out;
    }

    public ObjectNode item(RegisterKind kind, RegisteredCase c) {
        ObjectNode view = header(c);
        view.put("outcome", c.outcome);
        view.put(kind.keyDateField(), c.keyDate == null ? null : c.keyDate.toString());
        view.put("evaluatedAsOf", c.evaluatedAsOf.toString());
        view.put("updatedAt", c.updatedAt.toString());
        return view;
    }

    private ObjectNode header(RegisteredCase c) {
        ObjectNode view = json.createObjectNode();
        view.put("id", c.id.toString());
        view.put("version", c.version);
        view.put("title", c.title);
        view.put("applicant", c.applicant);
        view.put("permittingAuthority", c.permittingAuthority);
        view.put("organization", c.organization);
        if (c.externalReference != null) {
            view.put("externalReference", c.externalReference);
        }
        return view;
    }

}
