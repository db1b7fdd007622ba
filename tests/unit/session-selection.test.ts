// @vitest-environment node
// The reader tells its converters whether the reader has selected anything since the
// page was read: with nothing selected, a toggle need not read the selection (which
// lays the page out in Chromium); once something was, it reads it and keeps it.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConverter } from '../../lib/core/convert';
import { loadPage } from '../../lib/node/page-file';
import { createPageConverter } from '../../lib/page/convert-page';
import { ReaderSession } from '../../lib/page/session';
import { FIXTURE_DIR, fixtures } from '../support/fixtures';

const labels = { publisher: '发布机构', written: '成文日期', published: '发布日期', indexNo: '索引号', docNo: '文号', source: '来源' };
const fixture = fixtures().find((f) => f.name === 'a-ucap-000')!;

async function converterOptions(selectFirst: boolean) {
  const doc = loadPage(join(FIXTURE_DIR, `${fixture.name}.html`), fixture.expected.url).document;
  const session = new ReaderSession(doc, fixture.expected.url, labels);
  if (selectFirst) doc.dispatchEvent(new doc.defaultView!.Event('selectionchange'));
  const create = vi.fn(createPageConverter);
  await session.setScript({ view: 'traditional', standard: 'tw', quotes: false }, async () => ({
    loadConverter,
    createPageConverter: create,
  }));
  session.dispose();
  return create.mock.calls[0]![2];
}

describe('the selection and the first toggle', () => {
  it('says no selection was made when none was', async () => {
    expect(await converterOptions(false)).toMatchObject({ noSelectionYet: true });
  });
  it('says nothing of the kind once the selection changed', async () => {
    expect(await converterOptions(true)).toMatchObject({ noSelectionYet: false });
  });
});
