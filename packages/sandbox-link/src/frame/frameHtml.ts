/**
 * The frame page (`frame.html`). It loads `./frame.js` from the same directory, so it works under
 * any path prefix (`/link/frame.html` → `/link/frame.js`). Inline styles, as the real Link injects.
 */
export const frameHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pinwheel Link (sandbox)</title>
<style>
  :root { color-scheme: light; --bg: #fff; --fg: #1b1f24; --muted: #5b6570; --accent: #4a3aff; --border: #d6dae0; --danger: #b42318; }
  :root.dark { color-scheme: dark; --bg: #15171a; --fg: #eef0f3; --muted: #a2aab4; --accent: #8f85ff; --border: #353a41; --danger: #ff8a80; }
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, sans-serif; }
  main { padding: 20px 22px; height: 100%; overflow: auto; display: flex; flex-direction: column; gap: 12px; }
  header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
  h1 { font-size: 18px; margin: 0; }
  p { margin: 0; color: var(--muted); }
  button, input { font: inherit; }
  button { border: 1px solid var(--border); background: transparent; color: var(--fg); border-radius: 8px; padding: 9px 14px; cursor: pointer; }
  button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
  button:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .close { padding: 4px 10px; }
  label { display: flex; flex-direction: column; gap: 4px; font-weight: 500; }
  input[type=text], input[type=password], input[type=search], input[type=number] { border: 1px solid var(--border); border-radius: 8px; padding: 9px 10px; background: var(--bg); color: var(--fg); }
  ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
  ul button { width: 100%; text-align: left; }
  fieldset { border: 1px solid var(--border); border-radius: 8px; display: flex; flex-direction: column; gap: 8px; }
  fieldset label { flex-direction: row; align-items: center; font-weight: 400; }
  .actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: auto; }
  [role=alert] { color: var(--danger); }
</style>
</head>
<body>
<main id="app" aria-live="polite"><p>Loading…</p></main>
<script src="./frame.js"></script>
</body>
</html>
`
