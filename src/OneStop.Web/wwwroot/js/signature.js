// A signature drawn on screen at the distribution counter (ADR 085). Adds "drawn on screen" to each
// row's signature choice; choosing it opens a pad in that row's form (finger, pen or mouse), and the
// drawing is sent as a PNG. A form is not sent while its pad is empty.
(function () {
    const template = document.getElementById('signature-pad');
    if (!template) return;

    function setUp(pad) {
        const canvas = pad.querySelector('canvas');
        const ctx = canvas.getContext('2d');
        ctx.lineWidth = 2.5;
        ctx.lineCap = 'round';
        let drawing = false;
        pad.inked = false;
        const point = (e) => {
            const r = canvas.getBoundingClientRect();
            return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
        };
        canvas.addEventListener('pointerdown', (e) => { drawing = true; canvas.setPointerCapture(e.pointerId); ctx.beginPath(); ctx.moveTo(...point(e)); });
        canvas.addEventListener('pointermove', (e) => {
            if (!drawing) return;
            ctx.lineTo(...point(e));
            ctx.stroke();
            pad.inked = true;
            pad.querySelector('[data-missing]').hidden = true;
        });
        canvas.addEventListener('pointerup', () => { drawing = false; });
        pad.querySelector('[data-clear]').addEventListener('click', () => {
            ctx.clearRect(0, 0, canvas.width, canvas.height);
            pad.inked = false;
        });
    }

    document.querySelectorAll('select[name="signature"]').forEach((select) => {
        const form = select.form;
        select.add(new Option(template.dataset.option, 'drawn'));
        select.addEventListener('change', () => {
            let pad = form.querySelector('.signature-pad');
            if (select.value === 'drawn' && !pad) {
                pad = template.content.firstElementChild.cloneNode(true);
                form.insertBefore(pad, form.querySelector('button[type="submit"]'));
                setUp(pad);
            }
            if (pad) pad.hidden = select.value !== 'drawn';
        });
        form.addEventListener('submit', (e) => {
            const pad = form.querySelector('.signature-pad');
            if (select.value !== 'drawn' || !pad) return;
            if (!pad.inked) {
                e.preventDefault();
                pad.querySelector('[data-missing]').hidden = false;
                return;
            }
            pad.querySelector('input[name="signaturePng"]').value = pad.querySelector('canvas').toDataURL('image/png');
        });
    });
})();
