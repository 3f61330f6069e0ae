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

// The block-type menu shows a copy of the chosen entry's button, which clicks never reach: hide
// the copy from assistive technology (its icon's ligature is not its name) and from the tab order.
function hideSelectedCopies(root) {
  for (const copy of root.querySelectorAll(".prose-menubar__selected > button")) {
    copy.setAttribute("aria-hidden", "true");
    copy.tabIndex = -1;
  }
}

document.addEventListener("prose-editor:ready", (event) => {
  const wrapper = event.detail.editor.view.dom.closest(".prose-editor");
  if (wrapper) {
    hideSelectedCopies(wrapper);
    new MutationObserver(() => hideSelectedCopies(wrapper)).observe(wrapper, {
      childList: true,
      subtree: true,
    });
  }
});
