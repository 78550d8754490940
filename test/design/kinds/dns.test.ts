import { describe, expect, it } from 'vitest';
import type { DnsModel } from '../../../models/dns/model.js';
import { dnsKind } from '../../../src/design/kinds/dns.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

const servers = ['faultline: 1', 'name: t', 'dns:', '  servers:', '    - { name: ns1, address: 192.0.2.11 }', '    - { name: ns2, address: 192.0.2.12 }'];
const client = (...rc: string[]) => ['  clients:', '    - name: mx1', '      resolv_conf:', ...rc.map((l) => `        ${l}`)];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [dnsKind]);
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the DNS design kind', () => {
  it('applies glibc defaults, the D1 workload and both default properties', () => {
    const design = load(...servers, ...client('nameservers: [192.0.2.11, 192.0.2.12]'));
    const { config } = design.model as DnsModel;
    expect(config.clients[0]!.options).toEqual({ timeout: 5, attempts: 2, rotate: false });
    expect(config.workload).toEqual({ lookupsPerItem: 2, itemsPerHour: 1000 });
    expect(design.properties.map((p) => [p.name, p.kind, p.kind === 'within' && p.bound])).toEqual([
      ['lookup-latency-within', 'within', 0],
      ['throughput-at-least', 'within', 0],
    ]);
    expect(design.options.maxFaults).toBe(1);
  });

  it('turns settle_seconds into ticks of 0.1 s', () => {
    const design = load(...servers, ...client('nameservers: [192.0.2.11]'), 'check:', '  - throughput-at-least: { settle_seconds: 4 }');
    expect(design.properties[0]).toMatchObject({ name: 'throughput-at-least', bound: 40 });
  });

  it('rejects a nameserver that is no server or VIP, at its line (FL272)', () => {
    expect(failure(...servers, ...client('nameservers: [192.0.2.11, 192.0.2.99]')).map(where)).toEqual(['FL272@10:35']);
  });

  it('rejects a fourth nameserver that glibc would ignore (FL273)', () => {
    const [d] = failure(...servers, ...client('nameservers: [192.0.2.11, 192.0.2.12, 192.0.2.11, 192.0.2.12]'));
    expect(d?.code).toBe('FL273');
    expect(d?.message).toMatch(/only the first 3/);
  });

  it('rejects timeouts and attempts over glibc caps (FL274)', () => {
    expect(failure(...servers, ...client('nameservers: [192.0.2.11]', 'timeout: 60')).map((d) => d.code)).toEqual(['FL274']);
    expect(failure(...servers, ...client('nameservers: [192.0.2.11]', 'attempts: 6')).map((d) => d.code)).toEqual(['FL274']);
  });

  it('rejects duplicate names and addresses (FL270, FL271)', () => {
    const dupName = ['faultline: 1', 'name: t', 'dns:', '  servers:', '    - { name: ns1, address: 192.0.2.11 }', '    - { name: ns1, address: 192.0.2.12 }'];
    expect(failure(...dupName, ...client('nameservers: [192.0.2.11]')).map((d) => d.code)).toEqual(['FL270']);
    const dupAddr = ['faultline: 1', 'name: t', 'dns:', '  servers:', '    - { name: ns1, address: 192.0.2.11 }', '    - { name: ns2, address: 192.0.2.11 }'];
    expect(failure(...dupAddr, ...client('nameservers: [192.0.2.11]')).map((d) => d.code)).toEqual(['FL271']);
  });

  it('rejects a VIP member that is no server (FL275)', () => {
    const vip = ['  vips:', '    - name: vip', '      address: 192.0.2.53', '      members: [{ server: ns3, priority: 100 }]'];
    expect(failure(...servers, ...vip, ...client('nameservers: [192.0.2.53]')).map((d) => d.code)).toEqual(['FL275']);
  });

  it('rejects bad property parameters (FL278)', () => {
    const base = [...servers, ...client('nameservers: [192.0.2.11]'), 'check:'];
    expect(failure(...base, '  - lookup-latency-within: { per: day }').map((d) => d.code)).toEqual(['FL278']);
    expect(failure(...base, '  - throughput-at-least: { mails_per_hour: -1 }').map((d) => d.code)).toEqual(['FL278']);
    expect(failure(...base, '  - throughput-at-least: { settle_seconds: 30 }').map((d) => d.code)).toEqual(['FL278']);
  });
});
