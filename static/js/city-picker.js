/* The city picker (portal/contributions/cities.py): turns each <select data-city-picker> into a
   combobox of the WAI-ARIA 1.2 pattern (list autocomplete, manual selection). The <select> stays
   in the form, hidden, and carries the chosen city; the suggestions come from its data-source,
   in the server's order (exact match, then prefix, then the rest). Without this script the
   <select> works alone. */
(function () {
  "use strict";

  var WAIT = 150; // ms after the last key before asking the server

  function enhance(select) {
    var label = document.querySelector('label[for="' + select.id + '"]');
    var fieldId = select.id;
    var listId = fieldId + "-suggestions";
    var statusId = fieldId + "-status";
    var hintId = fieldId + "-picker-hint";
    var timer = null;
    var request = null;
    var results = [];
    var active = -1;

    var wrapper = document.createElement("div");
    wrapper.className = "city-picker";

    var input = document.createElement("input");
    input.type = "text";
    input.className = "city-picker-input";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");

    var hint = document.createElement("p");
    hint.className = "field-hint";
    hint.id = hintId;
    hint.textContent = select.getAttribute("data-hint");

    var list = document.createElement("ul");
    list.className = "city-picker-list";
    list.id = listId;
    list.setAttribute("role", "listbox");
    list.hidden = true;

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.id = statusId;
    status.setAttribute("role", "status");

    // The label, the error summary's link and the field's descriptions now point to the input.
    select.id = fieldId + "-select";
    input.id = fieldId;
    if (label) {
      label.id = label.id || fieldId + "-label";
      list.setAttribute("aria-labelledby", label.id);
    }
    var describedBy = (select.getAttribute("aria-describedby") || "").split(" ");
    describedBy.push(hintId);
    input.setAttribute("aria-describedby", describedBy.join(" ").trim());
    if (select.getAttribute("aria-invalid")) {
      input.setAttribute("aria-invalid", select.getAttribute("aria-invalid"));
    }
    if (select.required) {
      input.setAttribute("aria-required", "true");
      select.required = false;
    }
    if (select.value) {
      input.value = select.options[select.selectedIndex].textContent;
    }
    select.hidden = true;
    select.tabIndex = -1;

    wrapper.appendChild(input);
    wrapper.appendChild(list);
    wrapper.appendChild(status);
    select.parentNode.insertBefore(hint, select);
    select.parentNode.insertBefore(wrapper, select);

    function chosenLabel() {
      return select.value ? select.options[select.selectedIndex].textContent : "";
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function open() {
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function highlight(position) {
      var options = list.children;
      if (active >= 0 && options[active]) {
        options[active].setAttribute("aria-selected", "false");
      }
      active = position;
      if (active < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function choose(position) {
      var city = results[position];
      var option = select.querySelector('option[value="' + city.id + '"]');
      if (!option) {
        // A city added since the page was made: the server will check it like any other.
        option = new Option(city.label, city.id);
        select.appendChild(option);
      }
      option.selected = true;
      input.value = city.label;
      status.textContent = "";
      close();
    }

    function show(found, message) {
      results = found;
      list.textContent = "";
      results.forEach(function (city, position) {
        var item = document.createElement("li");
        item.id = listId + "-" + position;
        item.className = "city-picker-option";
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = city.label;
        list.appendChild(item);
      });
      active = -1;
      status.textContent = message;
      if (results.length && document.activeElement === input) {
        open();
      } else {
        close();
      }
    }

    function suggest() {
      var query = input.value.trim();
      if (request) {
        request.abort();
      }
      if (!query) {
        show([], "");
        return;
      }
      request = new AbortController();
      var address = select.getAttribute("data-source") + "?q=" + encodeURIComponent(query);
      fetch(address, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: request.signal,
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        })
        .then(function (answer) {
          show(answer.results, answer.status);
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            show([], select.getAttribute("data-failed"));
          }
        });
    }

    input.addEventListener("input", function () {
      // What is typed is not a choice until one is made from the list.
      select.value = "";
      clearTimeout(timer);
      timer = setTimeout(suggest, WAIT);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = !list.hidden;
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          if (!expanded) {
            open();
            if (!event.altKey && results.length) {
              highlight(0);
            }
          } else if (!event.altKey) {
            highlight(active + 1 < results.length ? active + 1 : 0);
          }
          break;
        case "ArrowUp":
          event.preventDefault();
          if (!expanded) {
            open();
            if (results.length) {
              highlight(results.length - 1);
            }
          } else {
            highlight(active > 0 ? active - 1 : results.length - 1);
          }
          break;
        case "Enter":
          if (expanded && active >= 0) {
            // Choosing, not submitting the form.
            event.preventDefault();
            choose(active);
          }
          break;
        case "Escape":
          if (expanded) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            input.value = "";
            select.value = "";
            show([], "");
          }
          break;
        default:
          break;
      }
    });

    // A press on an option must not blur the input before the click chooses it.
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var item = event.target.closest('[role="option"]');
      if (item) {
        choose(Array.prototype.indexOf.call(list.children, item));
        input.focus();
      }
    });

    input.addEventListener("blur", function () {
      close();
      // A name typed out in full that only one suggestion has counts as chosen; other text is
      // left for the server to refuse with its message, so nothing typed vanishes without a word.
      var typed = input.value.trim().toLocaleLowerCase();
      var named = results.filter(function (city) {
        var label = city.label.toLocaleLowerCase();
        return label === typed || label.indexOf(typed + " (") === 0;
      });
      if (!select.value && typed && named.length === 1) {
        choose(results.indexOf(named[0]));
      }
    });

    input.addEventListener("focus", function () {
      if (input.value && input.value !== chosenLabel() && results.length) {
        open();
      }
    });

  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("select[data-city-picker]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
