/*
 * Suggestions while typing: fills the <datalist> of every search field marked with data-suggest from
 * /api/search/suggest/. The browser's own datalist UI is keyboard- and screen-reader-accessible; without
 * JavaScript the fields are plain search boxes and the forms work as before.
 */
(function () {
    "use strict";

    function attach(input) {
        var list = document.getElementById(input.getAttribute("list"));
        if (!list) {
            return;
        }
        var timer = null;
        var last = "";
        input.addEventListener("input", function () {
            var text = input.value.trim();
            window.clearTimeout(timer);
            if (text.length < 2 || text === last) {
                return;
            }
            timer = window.setTimeout(function () {
                last = text;
                window.fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), {
                    headers: { Accept: "application/json" },
                })
                    .then(function (response) {
                        return response.ok ? response.json() : { suggestions: [] };
                    })
                    .then(function (data) {
                        var options = data.suggestions.map(function (suggestion) {
                            var option = document.createElement("option");
                            option.value = suggestion.label;
                            return option;
                        });
                        list.replaceChildren.apply(list, options);
                    })
                    .catch(function () {
                        /* Suggestions are a convenience; a failed request leaves the field as it is. */
                    });
            }, 150);
        });
    }

    document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
