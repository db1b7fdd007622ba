import { readFileSync } from 'node:fs';
import { launch } from '../tests/support/browser';
const h = await launch();
const src = readFileSync('/tmp/stages.js', 'utf8');
for (const name of ['a-ucap-000', 'b-trs-004', 'b-trs-002-t']) {
  const page = await h.context.newPage();
  await page.goto(`http://127.0.0.1:${h.server.port}/x`).catch(() => {});
  const { page: p } = await h.openFixture(name);
  await p.addScriptTag({ content: src });
  console.log(name, JSON.stringify(await p.evaluate(() => (window as any).stages())));
  await p.close(); await page.close();
}
await h.close();
