/**
 * The frame page (`frame.html`). It loads `./frame.js` from the same directory, so it works under
 * any path prefix (`/link/frame.html` → `/link/frame.js`). Inline styles, as the real Link injects;
 * `:root.dark` when the host passes `useDarkMode`; `main[data-screen]` sets the progress bar.
 */
export const frameHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Link sandbox by linkwheel</title>
<style>
  :root { color-scheme: light; --bg: #fff; --fg: #14171c; --muted: #59616c; --accent: #4338ca; --accent-fg: #fff; --accent-soft: #eef0ff; --border: #d9dde3; --surface: #f6f7f9; --danger: #b42318; --danger-soft: #fdecea; --ok: #157f3c; }
  :root.dark { color-scheme: dark; --bg: #14161a; --fg: #eef0f3; --muted: #a4acb6; --accent: #a5a0ff; --accent-fg: #14161a; --accent-soft: #25243d; --border: #363b43; --surface: #1d2026; --danger: #ff9b91; --danger-soft: #3a1f1d; --ok: #6fd39a; }
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { height: 100%; overflow: auto; }
  main > p { padding: 24px; }
  .screen { min-height: 100%; display: flex; flex-direction: column; gap: 16px; padding: 16px 24px 20px; }
  .topbar { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
  .brand { display: inline-flex; align-items: center; gap: 8px; font-size: 13px; font-weight: 600; color: var(--muted); }
  .brand-mark { width: 22px; height: 22px; border-radius: 6px; display: grid; place-items: center; background: var(--accent); color: var(--accent-fg); font-size: 11px; font-weight: 800; letter-spacing: -0.5px; }
  .tag { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--accent); background: var(--accent-soft); border-radius: 999px; padding: 2px 8px; }
  .progress { height: 4px; border-radius: 2px; background: var(--surface); overflow: hidden; }
  .progress > span { display: block; height: 100%; width: var(--step, 0%); background: var(--accent); transition: width 0.3s ease; }
  h1 { font-size: 22px; line-height: 1.25; margin: 4px 0 0; }
  h1:focus { outline: none; }
  h2 { font-size: 12px; margin: 4px 0 0; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
  p { margin: 0; color: var(--muted); }
  .lead { font-size: 16px; }
  button, input { font: inherit; }
  button { border: 1px solid var(--border); background: var(--bg); color: var(--fg); border-radius: 10px; padding: 11px 16px; cursor: pointer; }
  button:hover { background: var(--surface); }
  button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
  button.primary:hover { filter: brightness(1.08); }
  button:disabled { opacity: 0.6; cursor: progress; }
  :focus:not(:focus-visible) { outline: none; }
  :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .close { padding: 2px 10px; font-size: 20px; line-height: 1.2; border-color: transparent; color: var(--muted); }
  label { display: flex; flex-direction: column; gap: 6px; font-weight: 600; font-size: 14px; }
  input[type=text], input[type=password], input[type=search], input[type=number] { border: 1px solid var(--border); border-radius: 10px; padding: 11px 12px; background: var(--bg); color: var(--fg); font-weight: 400; }
  form { display: flex; flex-direction: column; gap: 14px; flex: 1; }
  ul, ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
  ul button { width: 100%; text-align: left; display: flex; align-items: center; gap: 12px; padding: 10px 12px; }
  .mark { flex: none; width: 32px; height: 32px; border-radius: 50%; display: grid; place-items: center; font-size: 13px; font-weight: 700; color: #fff; background: hsl(var(--hue) 60% 34%); }
  .mark.platform { border-radius: 8px; }
  .hero { display: flex; gap: 10px; align-items: center; }
  .hero .mark { width: 48px; height: 48px; font-size: 18px; }
  .steps { display: flex; flex-direction: column; gap: 10px; counter-reset: step; }
  .steps li { display: flex; gap: 10px; align-items: center; color: var(--fg); }
  .steps li::before { counter-increment: step; content: counter(step); width: 24px; height: 24px; flex: none; border-radius: 50%; display: grid; place-items: center; font-size: 12px; font-weight: 700; background: var(--accent-soft); color: var(--accent); }
  fieldset { border: 1px solid var(--border); border-radius: 10px; display: flex; flex-direction: column; gap: 10px; margin: 0; padding: 12px 14px; }
  legend { font-weight: 600; font-size: 14px; padding: 0 4px; }
  fieldset label { flex-direction: row; align-items: center; gap: 10px; font-weight: 400; font-size: 15px; }
  input[type=radio] { width: 18px; height: 18px; accent-color: var(--accent); margin: 0; }
  .results { display: flex; flex-direction: column; gap: 10px; }
  .actions { display: flex; gap: 10px; flex-wrap: wrap; margin-top: auto; padding-top: 8px; }
  .actions > button { flex: 1 1 auto; }
  .other-ways { display: flex; flex-wrap: wrap; gap: 8px; padding-top: 12px; border-top: 1px solid var(--border); }
  .other-ways > button { flex: 1 1 auto; font-size: 14px; padding: 9px 12px; }
  .notice { font-size: 12px; text-align: center; }
  [role=alert] { color: var(--danger); background: var(--danger-soft); border-radius: 10px; padding: 10px 12px; }
  [hidden] { display: none !important; }
  .done-list li { display: flex; gap: 10px; align-items: center; color: var(--fg); }
  @media (prefers-reduced-motion: reduce) { .progress > span { transition: none; } }
  .screen > ul { gap: 10px; }
  .screen > ul li { display: flex; gap: 10px; align-items: center; color: var(--fg); padding: 12px 14px; border: 1px solid var(--border); border-radius: 10px; }
  .screen > ul li::before { content: "✓" / ""; flex: none; width: 24px; height: 24px; border-radius: 50%; display: grid; place-items: center; background: var(--ok); color: var(--bg); font-weight: 700; font-size: 13px; }
  main[data-screen=JOB_ERROR] .screen > ul li::before { content: "!" / ""; background: var(--danger); }
  main[data-screen^=JOB] h1::before { content: "✓" / ""; display: grid; place-items: center; width: 56px; height: 56px; margin-bottom: 16px; border-radius: 50%; background: var(--ok); color: var(--bg); font-size: 28px; }
  main[data-screen=JOB_ERROR] h1::before { content: "!" / ""; background: var(--danger); }
  main { --step: 10%; }
  main[data-screen^=SEARCH] { --step: 25%; }
  main[data-screen=PROVIDER_CONFIRMATION] { --step: 35%; }
  main[data-screen=LOGIN] { --step: 50%; }
  main[data-screen=DD_AMOUNT_SELECTION] { --step: 70%; }
  main[data-screen=DD_CONFIRMATION] { --step: 85%; }
  main[data-screen^=JOB], main[data-screen=END] { --step: 100%; }
</style>
</head>
<body>
<main id="app" aria-live="polite"><p>Loading…</p></main>
<script src="./frame.js"></script>
</body>
</html>
`
