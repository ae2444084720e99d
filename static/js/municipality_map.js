/*
 * The map of the „Kommunen“ page: every municipality from /api/municipalities.geojson as a marker over the
 * Länder outline (static/vendor/germany), drawn with Leaflet (static/vendor/leaflet). Tiles only when the
 * site sets MAP_TILE_URL; otherwise no request leaves the site.
 *
 * Each marker is a focusable button (Tab reaches it, Enter opens its popup, whose link takes the focus;
 * Escape closes it and the focus returns to the marker). The filters narrow the markers and the table
 * beside the map alike. Without JavaScript the map stays hidden and the table is the page.
 */
(function () {
    "use strict";

    var GERMANY = [[47.2, 5.8], [55.1, 15.1]];

    function selectedLabel(select, value) {
        var option = Array.prototype.find.call(select.options, function (item) {
            return item.value === value;
        });
        return option ? option.textContent : value;
    }

    function describe(properties, kindSelect) {
        var parts = [properties.name];
        if (properties.kind) {
            parts.push(selectedLabel(kindSelect, properties.kind));
        }
        if (properties.state) {
            parts.push(properties.state);
        }
        parts.push(
            properties.funded
                ? "Modellprojekt" + (properties.cohort ? ", Staffel " + properties.cohort : "")
                : "ohne Förderung"
        );
        return parts;
    }

    function popupContent(properties, kindSelect) {
        var parts = describe(properties, kindSelect);
        var box = document.createElement("div");
        var heading = document.createElement("p");
        heading.className = "map-popup__name";
        var link = document.createElement("a");
        link.href = properties.url;
        link.textContent = properties.name;
        heading.appendChild(link);
        box.appendChild(heading);
        var details = document.createElement("p");
        details.className = "map-popup__details";
        details.textContent = parts.slice(1).join(" · ");
        box.appendChild(details);
        return box;
    }

    function matches(properties, filters) {
        if (filters.state && properties.state !== filters.state) {
            return false;
        }
        if (filters.kind && properties.kind !== filters.kind) {
            return false;
        }
        if (filters.cohort === "none") {
            return !properties.funded;
        }
        return !filters.cohort || String(properties.cohort) === filters.cohort;
    }

    function rowMatches(row, filters) {
        return matches(
            {
                state: row.dataset.state,
                kind: row.dataset.kind,
                funded: row.dataset.funded === "true",
                cohort: row.dataset.cohort,
            },
            filters
        );
    }

    function start(section) {
        var canvas = section.querySelector("[data-map-canvas]");
        var form = section.querySelector("[data-map-filters]");
        var status = document.querySelector("[data-map-status]");
        var rows = Array.prototype.slice.call(document.querySelectorAll("[data-municipality-row]"));
        var kindSelect = form.elements.kind;
        var tiles = section.dataset.tiles;

        section.hidden = false;
        form.hidden = false;
        var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        var map = L.map(canvas, {
            zoomControl: false,
            fadeAnimation: !still,
            zoomAnimation: !still,
            markerZoomAnimation: !still,
            zoomSnap: 0.25,
            minZoom: 5,
            maxZoom: tiles ? 18 : 10,
            maxBounds: [[45.5, 2.5], [56.5, 18.5]],
        });
        L.control.zoom({ zoomInTitle: "Vergrößern", zoomOutTitle: "Verkleinern" }).addTo(map);
        map.fitBounds(GERMANY);
        if (tiles) {
            L.tileLayer(tiles, { attribution: section.dataset.tileAttribution || "", maxZoom: 18 }).addTo(map);
        }

        window.fetch(section.dataset.outline).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (outline) {
            if (!outline) {
                return;
            }
            L.geoJSON(outline, {
                interactive: false,
                style: { color: "#5c6b7a", weight: 1, fillColor: "#eef2f6", fillOpacity: tiles ? 0 : 1 },
            }).addTo(map).bringToBack();
            if (outline.attribution) {
                map.attributionControl.addAttribution(outline.attribution);
            }
        });

        var markers = [];
        var layer = L.layerGroup().addTo(map);
        window.fetch(section.dataset.geojson, { headers: { Accept: "application/geo+json" } }).then(function (response) {
            return response.ok ? response.json() : { features: [] };
        }).then(function (collection) {
            collection.features.forEach(function (feature) {
                var properties = feature.properties;
                var coordinates = feature.geometry.coordinates;
                var label = describe(properties, kindSelect).join(", ");
                var marker = L.marker([coordinates[1], coordinates[0]], {
                    icon: L.divIcon({
                        className: "map-marker map-marker--" + (properties.funded ? "funded" : "other"),
                        iconSize: [20, 20],
                        popupAnchor: [0, -8],
                    }),
                    title: label,
                    keyboard: true,
                    riseOnHover: true,
                });
                marker.bindPopup(popupContent(properties, kindSelect));
                marker.on("add", function () {
                    var element = marker.getElement();
                    element.setAttribute("aria-label", label);
                    element.dataset.slug = properties.slug;
                });
                marker.on("popupopen", function (event) {
                    var link = event.popup.getElement().querySelector(".map-popup__name a");
                    var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
                    if (close) {
                        close.setAttribute("aria-label", "Schließen");
                        close.title = "Schließen";
                    }
                    if (link) {
                        link.focus();
                    }
                });
                marker.on("popupopen", function (event) {
                    // Leaflet closes popups on Escape only while the map itself has the focus, not in the popup.
                    L.DomEvent.on(event.popup.getElement(), "keydown", function (key) {
                        if (key.key === "Escape") {
                            marker.closePopup();
                        }
                    });
                });
                marker.on("popupclose", function () {
                    var element = marker.getElement();
                    if (element && section.contains(document.activeElement) && document.activeElement !== element) {
                        element.focus();
                    }
                });
                marker.properties = properties;
                markers.push(marker);
                layer.addLayer(marker);
            });
            update();
        });

        function update() {
            var filters = { state: form.elements.state.value, kind: kindSelect.value, cohort: form.elements.cohort.value };
            var shown = 0;
            markers.forEach(function (marker) {
                if (matches(marker.properties, filters)) {
                    layer.addLayer(marker);
                } else {
                    layer.removeLayer(marker);
                }
            });
            rows.forEach(function (row) {
                row.hidden = !rowMatches(row, filters);
                if (!row.hidden) {
                    shown += 1;
                }
            });
            if (status) {
                status.textContent = shown === rows.length
                    ? rows.length + " Kommunen"
                    : shown + " von " + rows.length + " Kommunen entsprechen der Auswahl";
            }
        }

        form.addEventListener("change", update);
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            update();
        });
        form.addEventListener("reset", function () {
            window.setTimeout(update, 0);
        });
    }

    function init() {
        if (typeof L === "undefined" || !window.fetch) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("[data-municipality-map]"), start);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
