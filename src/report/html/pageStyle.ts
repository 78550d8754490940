/** The page's styles (inline; system fonts only, no web fonts). */
export const PAGE_STYLE = `
:root { color-scheme: light; --bad: #c62828; --good: #2e7d32; --open: #b26a00; --ink: #1f2328; --mute: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; padding: 1.5rem; max-width: 1280px; }
h1 { font-size: 1.35rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .4rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
h3 { font-size: 1.02rem; margin: 1.4rem 0 .4rem; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: .1em .3em; border-radius: 4px; overflow-wrap: anywhere; }
.describe { color: var(--mute); margin: .2rem 0 .6rem; }
table { border-collapse: collapse; margin: .5rem 0; }
caption { text-align: left; color: var(--mute); font-size: .85rem; padding-bottom: .2rem; }
th, td { text-align: left; vertical-align: top; padding: .2rem .6rem .2rem 0; }
.verdicts th { font-weight: 600; padding-right: 1.5rem; }
.verdicts .bad td { color: var(--bad); font-weight: 600; }
.verdicts .good td { color: var(--good); }
.verdicts .open td { color: var(--open); }
.explored { font-size: .88rem; color: var(--mute); border-left: 3px solid var(--line); padding-left: .7rem; }
.explored p { margin: .15rem 0; }
.error { color: var(--bad); font-weight: 600; }
.good { color: var(--good); }
.trace { border: 1px solid var(--line); border-radius: 8px; padding: .4rem 1rem 1rem; margin: 1rem 0; }
.trace:focus { outline: 2px solid #0969da; }
.stepper { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: flex-start; }
figure.design { margin: 0; flex: 0 1 auto; width: min-content; min-width: 18rem; max-width: 100%; overflow-x: auto; }
figure.design figcaption { max-width: 40rem; }
figure.none { max-width: 22rem; color: var(--mute); font-style: italic; }
.steps { flex: 1 1 22rem; min-width: 18rem; }
.controls { display: flex; gap: .6rem; align-items: center; margin-bottom: .4rem; flex-wrap: wrap; }
.controls button { font: inherit; padding: .25rem .7rem; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.controls button:disabled { opacity: .45; cursor: default; }
.position { font-weight: 600; min-width: 11rem; }
.keys { color: var(--mute); font-size: .82rem; }
.action { font: 600 14px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: .3rem 0; }
.action.fault { color: var(--bad); }
.fails { color: var(--bad); font-weight: 600; margin: .2rem 0; }
.time { color: var(--mute); font-size: .85rem; margin: .1rem 0; }
.changes { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.changes th { font-weight: 400; color: var(--mute); }
.changes .before { color: var(--mute); text-decoration: line-through; }
.changes .after { font-weight: 600; }
.nochange { color: var(--mute); }
.steplist { font-size: .85rem; max-height: 16rem; overflow-y: auto; padding-left: 1.6rem; margin: .6rem 0 0; border-top: 1px solid var(--line); }
.steplist button { font: inherit; border: 0; background: none; padding: 0; cursor: pointer; text-align: left; color: var(--ink); }
.steplist button.fault { color: var(--bad); }
.steplist button.failing::after { content: "  ← a property fails here"; color: var(--bad); }
.steplist button.current { font-weight: 700; text-decoration: underline; }
.reproduce { font-size: .85rem; color: var(--mute); margin: .6rem 0 0; }
svg.picture { display: block; }
svg .caption { font: 11px system-ui, sans-serif; fill: var(--mute); text-anchor: middle; }
svg .edge { fill: none; stroke: #8c959f; stroke-width: 2; }
svg .box { fill: #fff; stroke: #57606a; stroke-width: 1.5; }
svg .switch .box { fill: #eef3fb; }
svg .router .box { fill: #f3eefb; }
svg .lan .box { fill: #f6f8fa; stroke-dasharray: 3 3; }
svg .name { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-anchor: middle; fill: var(--ink); }
svg .badge { font: 700 11px system-ui, sans-serif; text-anchor: middle; fill: #0b4f9c; }
svg .port { fill: #fff; stroke: #57606a; stroke-width: 1.2; }
svg .link.m-failed .edge { stroke: var(--bad); stroke-dasharray: 7 5; stroke-width: 3; }
svg .link.m-gray .edge { stroke: #9e9e9e; stroke-dasharray: 2 4; stroke-width: 3; }
svg .node.m-failed .box { fill: #fde2e2; stroke: var(--bad); stroke-width: 2.5; stroke-dasharray: 6 3; }
svg .node.m-gray .box { fill: #eeeeee; stroke: #757575; stroke-dasharray: 2 3; stroke-width: 2.5; }
svg .node.m-loop .box, svg .node.m-unreachable .box { stroke: var(--open); stroke-width: 2.5; }
svg .node.m-root .box { stroke: #6a1b9a; stroke-width: 2.5; }
svg .node.m-master .box { stroke: #0b4f9c; stroke-width: 3.5; }
svg .node.m-primary .box { fill: #dcf0d5; }
svg .node.m-failed .badge { fill: var(--bad); }
svg .port.m-failed { fill: var(--bad); stroke: var(--bad); }
svg .port.m-gray { fill: #9e9e9e; }
svg .port.m-blocked { fill: #f0a000; stroke: #8a5a00; }
svg .port.m-active { fill: var(--good); stroke: #1b5e20; }
svg .link.m-alike .edge { stroke: #e8a0a0; stroke-dasharray: 3 5; stroke-width: 3; }
svg .node.m-alike .box { stroke: #e8a0a0; stroke-dasharray: 3 3; stroke-width: 2.5; }
svg .port.m-alike { fill: #f4c4c4; stroke: #e8a0a0; }
.legend { list-style: none; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .8rem; color: var(--mute); }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; margin-right: .3rem; vertical-align: -2px; border: 2px solid #57606a; }
.swatch.m-failed { border: 2px dashed var(--bad); background: #fde2e2; }
.swatch.m-gray { border: 2px dotted #757575; background: #eee; }
.swatch.m-blocked { background: #f0a000; border-radius: 50%; }
.swatch.m-active { background: var(--good); border-radius: 50%; }
.swatch.m-master { border: 3px solid #0b4f9c; }
.swatch.m-primary { background: #dcf0d5; }
.swatch.m-root { border-color: #6a1b9a; }
.swatch.m-unreachable { border-color: var(--open); }
.swatch.m-alike { border: 2px dashed #e8a0a0; }
.spof { font-size: .9rem; flex: 1 1 28rem; }
.spof tr.faultset td { border-top: 1px solid var(--line); padding-top: .3rem; }
.spof tr.current { background: #fff8e1; }
.spof button.show { font: inherit; min-width: 2rem; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.same { color: var(--mute); font-size: .82rem; }
footer { margin-top: 2rem; color: var(--mute); font-size: .8rem; }
`;
