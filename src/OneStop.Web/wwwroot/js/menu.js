// The menus of the main navigation are <details> elements: they open and close without this
// script. It only keeps one open at a time, and closes them on a click elsewhere or on Escape
// (focus goes back to the menu's title).
(function () {
    const menus = () => document.querySelectorAll('details.menu');
    document.addEventListener('toggle', (e) => {
        if (e.target.matches?.('details.menu') && e.target.open) {
            menus().forEach((m) => { if (m !== e.target) m.open = false; });
        }
    }, true);
    document.addEventListener('click', (e) => {
        menus().forEach((m) => { if (m.open && !m.contains(e.target)) m.open = false; });
    });
    document.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        const open = [...menus()].find((m) => m.open);
        if (open) {
            open.open = false;
            open.querySelector('summary')?.focus();
        }
    });
})();
