/**
 * Fuzzing every config reader with mutated corpus files: no reader throws anything but a
 * FaultlineError, and every diagnostic (error or warning) points at a line and column of the
 * file it names. FUZZ_RUNS sets the runs per format (`npm run fuzz:import`: 10,000).
 */
import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FaultlineError, type Diagnostic } from '../../src/core/errors.js';
import { parseBondingText } from '../../src/import/bonding/readBonding.js';
import { drbdFromStatements, parseDrbdText } from '../../src/import/drbd/readDrbd.js';
import { ImportLog } from '../../src/import/importLog.js';
import { keepalivedFromStatements, parseKeepalivedText } from '../../src/import/keepalived/readKeepalived.js';
import { loadSite } from '../../src/import/loadSite.js';
import { buildClabTopology } from '../../src/import/netlab/buildClabTopology.js';
import { buildNetlabTopology } from '../../src/import/netlab/buildNetlabTopology.js';
import { parseResolvConf } from '../../src/import/resolv/readResolvConf.js';
import { readShellScript } from '../../src/import/shell/readShellScript.js';
import { parseYamlConfig } from '../../src/import/yaml/readYamlConfig.js';
import { FUZZ_RUNS, FUZZ_SEED, mutants } from './fuzzConfigs.js';

const SEED = FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED };

/** Every diagnostic names `file` (or a file) at a line and column inside the text. */
function located(diagnostics: readonly Diagnostic[], file: string, text: string): void {
  const lines = text.split('\n');
  for (const d of diagnostics) {
    expect(d.location, `${d.code} ${d.message}`).toBeDefined();
    const { line, column } = d.location!;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(column).toBeGreaterThanOrEqual(1);
    if (d.location!.file === file) {
      expect(line).toBeLessThanOrEqual(lines.length);
      expect(column).toBeLessThanOrEqual((lines[line - 1] ?? '').length + 1);
    }
  }
}

function fuzz(files: readonly string[], read: (text: string, file: string, log: ImportLog) => void): void {
  fc.assert(
    fc.property(mutants(files), ({ file, text }) => {
      const log = new ImportLog();
      try {
        read(text, file, log);
      } catch (error) {
        if (!(error instanceof FaultlineError)) throw error;
        located(error.diagnostics, file, text);
      }
      located(log.all(), file, text);
    }),
    { numRuns: FUZZ_RUNS, ...SEED },
  );
}

const TIMEOUT = Math.max(60_000, FUZZ_RUNS * 40);

describe(`fuzzed configs (${FUZZ_RUNS} per format): no crash, every diagnostic located`, () => {
  it('keepalived.conf', () => {
    fuzz(['s2-seed/nfs1/keepalived.conf', 'd3-seed/lvs1/keepalived.conf', 'd3-pair/lvs1/keepalived.conf', 'nfs-pair/nfs1/keepalived-fenced.conf', 'd1-resolv/ns1/keepalived.conf'], (text, file, log) =>
      keepalivedFromStatements(parseKeepalivedText(text, file, log), file, log, 'nfs1'),
    );
  }, TIMEOUT);

  it('DRBD', () => {
    fuzz(['s2-seed/drbd/drbd.d/r0.res', 'nfs-pair/drbd.d/global_common.conf', 'nfs-pair/drbd.d/r0.res'], (text, file, log) => drbdFromStatements(parseDrbdText(text, file, log), log));
  }, TIMEOUT);

  it('notify and check scripts', () => {
    fuzz(['s2-seed/nfs1/root/usr/local/sbin/drbd-master', 'nfs-pair/scripts/drbd-master-fence', 'nfs-pair/scripts/drbd-stop', 'nfs-pair/scripts/drbd-backup', 'nfs-generic-notify/scripts/ka-notify'], (text, file, log) => readShellScript(text, file, log));
  }, TIMEOUT);

  it('resolv.conf', () => {
    fuzz(['d1-resolv/mx1/resolv.conf', 'd1-resolv/mx1-vip/resolv.conf'], (text, file, log) => parseResolvConf(text, file, log));
  }, TIMEOUT);

  it('netlab topologies', () => {
    fuzz(['netlab-ring/topology.yml', 'netlab-ring/topology-stp.yml', 'netlab-gateway/topology.yml', 'netlab-vlan/topology.yml', 'site-bonds/topology.yml'], (text, file, log) => {
      const y = parseYamlConfig(text, file, log);
      if (y) buildNetlabTopology(y, new Map(), log);
    });
  }, TIMEOUT);

  it('containerlab topologies', () => {
    fuzz(['clab/lab.clab.yml'], (text, file, log) => {
      const y = parseYamlConfig(text, file, log);
      if (y) buildClabTopology(y, new Map(), log);
    });
  }, TIMEOUT);

  it('netplan bonds', () => {
    fuzz(['site-bonds/nfs1/netplan.yaml', 'site-bonds/nfs1/netplan-arp.yaml'], (text, file, log) => parseBondingText(text, file, log));
  }, TIMEOUT);

  it('ifupdown interfaces with bond options', () => {
    fuzz(['site-bonds/nfs2/interfaces', 'site-bonds/nfs2/interfaces-arp', 'ifupdown-sources/interfaces', 'ifupdown-sources/bonds.d/bond0'], (text, file, log) => parseBondingText(text, file, log));
  }, TIMEOUT);

  it('/proc/net/bonding status files', () => {
    fuzz(['site-bonds/client1/proc/net/bonding/bond0', 'bonding-status/bond1'], (text, file, log) => parseBondingText(text, file, log));
  }, TIMEOUT);

  it('the whole import of a site, from a mutated keepalived.conf to a loaded design', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-fuzz-'));
    cpSync(new URL('../fixtures/configs/nfs-pair/', import.meta.url).pathname, dir, { recursive: true });
    const target = join(dir, 'nfs1', 'keepalived-fenced.conf');
    fc.assert(
      fc.property(mutants(['nfs-pair/nfs1/keepalived-fenced.conf']), ({ text }) => {
        writeFileSync(target, text);
        try {
          loadSite(join(dir, 's3-fenced.yaml'));
        } catch (error) {
          if (!(error instanceof FaultlineError)) throw error;
          for (const d of error.diagnostics) expect(d.location, `${d.code} ${d.message}`).toBeDefined();
        }
      }),
      { numRuns: Math.max(20, Math.floor(FUZZ_RUNS / 5)), ...SEED },
    );
  }, TIMEOUT);
});
