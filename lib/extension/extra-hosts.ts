// The always-on script on the portals the reader added in the options, each with
// the permission the reader granted (registered by the background).
import { grantedOrigins, parseExtraHosts } from './hosts';
import { extraHostsItem } from './settings';

const EXTRA_HOSTS_SCRIPT = 'detector-extra-hosts';

/** (Re-)registers the detector on the granted added hosts; none when there are none. */
export async function registerExtraHosts(): Promise<void> {
  const hosts = parseExtraHosts(await extraHostsItem.getValue());
  const granted = await grantedOrigins(hosts, (origins) => browser.permissions.contains({ origins }));
  await browser.scripting.unregisterContentScripts({ ids: [EXTRA_HOSTS_SCRIPT] }).catch(() => {});
  if (!granted.length) return;
  await browser.scripting
    .registerContentScripts([
      {
        id: EXTRA_HOSTS_SCRIPT,
        matches: granted,
        js: ['content-scripts/detector.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ])
    .catch(() => {});
}
