import { edgeKey, nodeKey, portKey, type PictureMark } from './designPicture.js';

/**
 * The mark a failed layer-2 element puts on the picture of its topology, from its fault id
 * (models/l2/faults.ts): a node, a link, a port or NIC; gray and one-way faults as `gray`.
 * Elements the picture does not draw (an MC-LAG peer-link or keepalive domain) mark nothing.
 */
export function topologyFaultMark(id: string): PictureMark | undefined {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const subject = id.slice(colon + 1);
  switch (kind) {
    case 'switch':
    case 'host':
    case 'router':
      return { element: nodeKey(subject), mark: 'failed' };
    case 'gray-switch':
      return { element: nodeKey(subject), mark: 'gray' };
    case 'link':
      return { element: edgeKey(subject), mark: 'failed' };
    case 'gray':
      return { element: edgeKey(subject), mark: 'gray' };
    case 'nic':
    case 'port':
      return { element: portKey(subject), mark: 'failed' };
    case 'oneway':
      return { element: portKey(subject), mark: 'gray' };
    case 'gateway':
      // gateway:<gateway>:<node>: the process on that node.
      return { element: nodeKey(subject.slice(subject.indexOf(':') + 1)), mark: 'gray' };
    default:
      return undefined;
  }
}

/** The marks of a list of failed element ids. */
export function topologyFaultMarks(ids: readonly string[]): PictureMark[] {
  return ids.flatMap((id) => topologyFaultMark(id) ?? []);
}
