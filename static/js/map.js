/* The map of cities (templates/portal/map.html): one Leaflet marker per city from the
   "map-data" JSON. The markers need no tiles, so the map still works when tiles cannot load. */
(function () {
  "use strict";

  var dataElement = document.getElementById("map-data");
  var container = document.getElementById("city-map");
  if (!dataElement || !container || typeof L === "undefined") {
    return;
  }
  var mapData = JSON.parse(dataElement.textContent);
  if (!mapData.cities.length) {
    return;
  }

  function show(id) {
    var element = document.getElementById(id);
    if (element) {
      element.hidden = false;
    }
  }

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  // Built with DOM methods, not HTML strings, so names from the database stay plain text.
  function popupFor(city) {
    var popup = element("div");
    popup.className = "city-popup";
    popup.appendChild(element("strong", city.name));
    popup.appendChild(element("span", " · " + city.country));
    var counts = element("ul");
    city.summary.forEach(function (line) {
      counts.appendChild(element("li", line));
    });
    popup.appendChild(counts);
    var link = element("a", city.link_text);
    link.href = city.href;
    popup.appendChild(link);
    return popup;
  }

  container.hidden = false;
  show("city-map-help");
  var map = L.map(container, { scrollWheelZoom: false });

  var tiles = L.tileLayer(mapData.tiles.url, mapData.tiles.options).addTo(map);
  tiles.once("tileerror", function () {
    show("city-map-tiles-unavailable");
  });

  // Leaflet guesses its marker pictures' addresses from leaflet.css's name and theirs, which
  // collectstatic changes (hashed names): the page gives the collected addresses.
  var icon = L.icon(L.extend({}, L.Icon.Default.prototype.options, mapData.marker));
  var bounds = L.latLngBounds([]);
  mapData.cities.forEach(function (city) {
    var position = L.latLng(city.latitude, city.longitude);
    L.marker(position, { icon: icon, title: city.name, alt: city.name, keyboard: true })
      .bindPopup(popupFor(city))
      .addTo(map);
    bounds.extend(position);
  });
  map.fitBounds(bounds, { padding: [32, 32], maxZoom: 11 });
})();
