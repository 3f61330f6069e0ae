// The rich text editor replaces each textarea with an editable area of its own: give that area the
// textarea's label and hints, so that screen readers name it, and let a click on the label focus it.
document.addEventListener("prose-editor:ready", (event) => {
  const { editor, textarea } = event.detail;
  const area = editor.view.dom;
  const label = textarea.labels && textarea.labels[0];
  if (label) {
    label.id = label.id || `${textarea.id}_label`;
    area.setAttribute("aria-labelledby", label.id);
    label.addEventListener("click", () => editor.commands.focus());
  }
  for (const name of ["aria-describedby", "aria-invalid"]) {
    const value = textarea.getAttribute(name);
    if (value) {
      area.setAttribute(name, value);
    }
  }
});

// The menu's buttons show an icon font's ligature ("format_list_bulleted") as their text and carry
// their name in aria-label, so their visible text is not in their name (WCAG 2.5.3, label in
// name). Move the ligature into a data attribute that portal.css draws as the icon: the button
// looks the same and its only text is its label.
function moveIcons(wrapper) {
  for (const button of wrapper.querySelectorAll(".prose-menubar__button.material-icons[aria-label]")) {
    if (button.textContent) {
      button.dataset.icon = button.textContent;
      button.textContent = "";
    }
  }
}

document.addEventListener("prose-editor:ready", (event) => {
  const { editor } = event.detail;
  const wrapper = editor.view.dom.closest(".prose-editor");
  if (wrapper) {
    // The editor builds its menu when it emits "create", which may come after "ready".
    moveIcons(wrapper);
    editor.on("create", () => moveIcons(wrapper));
  }
});
