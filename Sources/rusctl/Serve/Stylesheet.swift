extension WebApp {
    /// The page's one stylesheet (the Content-Security-Policy allows no inline style): readable
    /// on a narrow window, visible focus for keyboard use, and a print layout for A4 that leaves
    /// out the form and keeps the answer, the «begrunnelse» and the stamp.
    static let stylesheet = """
        :root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b4f8a; --warn: #8a4b00; --error: #a4000f; }
        * { box-sizing: border-box; }
        body { font: 16px/1.5 system-ui, "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 52rem; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f2b600; outline-offset: 2px; }
        fieldset { border: 1px solid var(--line); padding: .75rem 1rem; margin: 1rem 0; }
        legend { font-weight: 600; padding: 0 .25rem; }
        .field { margin: .75rem 0; }
        label { display: block; font-weight: 600; }
        label.check { display: inline-block; font-weight: 400; margin-right: 1.25rem; }
        .help { color: var(--muted); font-size: .9rem; margin: .1rem 0 .3rem; }
        input[type=text], select { font: inherit; padding: .35rem .5rem; border: 1px solid #767676; border-radius: 3px; width: 100%; max-width: 24rem; }
        .substance-row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0; }
        .substance-row > div { flex: 1 1 12rem; }
        .has-error input, .has-error select { border: 2px solid var(--error); }
        .error { color: var(--error); font-weight: 600; margin: .25rem 0; }
        .error-summary { border: 3px solid var(--error); padding: .5rem 1rem; margin: 1rem 0; }
        .buttons { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.5rem 0; }
        button { font: inherit; padding: .5rem 1.25rem; border: 0; border-radius: 3px; background: var(--accent); color: #fff; cursor: pointer; }
        button.secondary { background: #fff; color: var(--accent); border: 2px solid var(--accent); }
        .result { border-top: 4px solid var(--accent); margin-top: 1rem; }
        dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl.summary dt { font-weight: 600; }
        dl.summary dd { margin: 0; }
        .caveats { border-left: 6px solid var(--warn); background: #fff6e5; padding: .25rem 1rem; }
        .option { border-left: 3px solid var(--line); padding-left: .75rem; }
        .cites { font-size: .85rem; color: var(--muted); }
        .begrunnelse p { border: 1px dashed var(--line); padding: .75rem; }
        .stamp { font-size: .9rem; color: var(--muted); }
        code { overflow-wrap: anywhere; }
        footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
        @media (max-width: 32rem) { dl.summary { grid-template-columns: 1fr; } body { padding: .5rem; } }
        @media print {
          @page { size: A4; margin: 14mm 15mm; }
          body { font-size: 9.5pt; line-height: 1.35; max-width: none; padding: 0; }
          h1 { font-size: 14pt; } h2 { font-size: 11.5pt; margin: .8rem 0 .3rem; } h3 { font-size: 10pt; margin: .5rem 0 .2rem; }
          ul { margin: .2rem 0; } .cites { font-size: 8pt; }
          .screen-only, form, footer { display: none; }
          a { color: inherit; text-decoration: none; }
          .sources li { font-size: 8.5pt; line-height: 1.25; }
          .sources a::after { content: " (" attr(href) ")"; font-size: 7.5pt; overflow-wrap: anywhere; }
          .caveats { background: none; }
          article, li, dl, .begrunnelse, .stamp { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          .stamp { color: var(--ink); border-top: 1px solid var(--ink); font-size: 8pt; }
          .stamp h2 { font-size: 9.5pt; margin: .4rem 0 .2rem; }
        }

        """
}
