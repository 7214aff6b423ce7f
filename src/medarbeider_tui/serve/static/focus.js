// Give the app the keyboard as soon as it has drawn, so that keys typed straight away reach it
// (without focus the app counts as in the background and its footer stays empty).
"use strict";
window.addEventListener("load", () => {
  const focusTerminal = () => {
    const input = document.querySelector("#terminal .xterm-screen textarea, #terminal textarea");
    if (input && document.body.classList.contains("-first-byte")) {
      input.focus();
    } else if (!document.body.classList.contains("-closed")) {
      window.setTimeout(focusTerminal, 50);
    }
  };
  focusTerminal();
});
