// The Today page's quick entry: a person search as an ARIA combobox (Up/Down move, Enter picks,
// Escape closes), the anonymous toggle, and focus back to the search after htmx saves a visit.
(function () {
    "use strict";

    function parts() {
        var form = document.querySelector("#quick-entry form");
        if (!form) { return null; }
        return {
            form: form,
            search: form.querySelector("#person-search"),
            list: form.querySelector("#person-results"),
            personId: form.querySelector("[data-person-id]"),
            personLabel: form.querySelector("[data-person-label]"),
            reason: form.querySelector("[data-reason]"),
            anonymous: form.querySelector("[data-anonymous]"),
            personField: form.querySelector("[data-person-field]"),
            anonymousFields: form.querySelector("[data-anonymous-fields]")
        };
    }

    function options(p) {
        return Array.prototype.slice.call(p.list.querySelectorAll("[role=option]:not([aria-disabled=true])"));
    }

    function open(p, show) {
        p.list.hidden = !show;
        p.search.setAttribute("aria-expanded", show ? "true" : "false");
        if (!show) { p.search.removeAttribute("aria-activedescendant"); }
    }

    function activate(p, index) {
        var all = options(p);
        all.forEach(function (o, i) { o.setAttribute("aria-selected", i === index ? "true" : "false"); });
        if (index >= 0 && all[index]) {
            p.search.setAttribute("aria-activedescendant", all[index].id);
            all[index].scrollIntoView({ block: "nearest" });
        }
    }

    function activeIndex(p) {
        return options(p).findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
    }

    function pick(p, option) {
        p.personId.value = option.dataset.id;
        p.personLabel.value = option.dataset.label;
        p.search.value = option.dataset.label;
        open(p, false);
        p.reason.focus();
    }

    function toggleAnonymous(p) {
        var anonymous = p.anonymous.checked;
        p.personField.hidden = anonymous;
        p.anonymousFields.hidden = !anonymous;
        if (anonymous) { p.personId.value = ""; p.personLabel.value = ""; }
    }

    document.addEventListener("keydown", function (e) {
        var p = parts();
        if (!p || e.target !== p.search) { return; }
        var all = options(p);
        var index = activeIndex(p);
        if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            if (all.length === 0) { return; }
            open(p, true);
            var next = e.key === "ArrowDown" ? Math.min(index + 1, all.length - 1) : Math.max(index - 1, 0);
            activate(p, next);
        } else if (e.key === "Enter") {
            // Enter in the search picks the highlighted person; it never submits half a visit.
            e.preventDefault();
            if (!p.list.hidden && all.length > 0) { pick(p, all[index >= 0 ? index : 0]); }
            else if (p.personId.value) { p.reason.focus(); }
        } else if (e.key === "Escape") {
            open(p, false);
        }
    });

    document.addEventListener("input", function (e) {
        var p = parts();
        if (p && e.target === p.search) { p.personId.value = ""; p.personLabel.value = ""; }
    });

    document.addEventListener("click", function (e) {
        var p = parts();
        var option = e.target.closest && e.target.closest("#person-results [role=option]:not([aria-disabled=true])");
        if (p && option) { pick(p, option); }
    });

    document.addEventListener("change", function (e) {
        var p = parts();
        if (p && e.target === p.anonymous) { toggleAnonymous(p); }
    });

    document.addEventListener("htmx:afterSwap", function (e) {
        var p = parts();
        if (!p) { return; }
        if (e.detail.target === p.list) {
            open(p, p.search.value.trim().length > 0 && p.list.children.length > 0);
            activate(p, -1);
        } else if (e.detail.target.id === "quick-entry") {
            // htmx focuses [autofocus] again when the swap settles (20 ms later), which would take
            // focus back from wherever the user (or the line below) has moved it by then.
            p.search.removeAttribute("autofocus");
            var invalid = p.form.querySelector("[aria-invalid=true]");
            if (invalid && invalid.type !== "hidden") { invalid.focus(); }
            else if (p.form.querySelector("#Input_BeneficiaryId-error") && p.form.querySelector("#Input_BeneficiaryId-error").textContent.trim()) { p.search.focus(); }
            else if (p.anonymous.checked) { p.anonymous.focus(); }
            else { p.search.focus(); }
        }
    });
})();
