import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, toBase64Url } from './urlState.ts';

describe('price basis in the share link (pb)', () => {
  it('round-trips the wholesale basis; retail is the default and not written', () => {
    const state = { scoring: { priceBasis: 'wholesale' as const } };
    expect(decodeUrlState(encodeUrlState(state), []).state.scoring?.priceBasis).toBe('wholesale');
    expect(encodeUrlState({ scoring: { priceBasis: 'retail' } })).not.toContain('s=');
  });

  it('ignores an unknown basis with a notice naming it', () => {
    const { state, notices } = decodeUrlState(`v=2&s=${toBase64Url(JSON.stringify({ pb: 'spot' }))}`, []);
    expect(state.scoring?.priceBasis).toBeUndefined();
    expect(notices.join(' ')).toContain('price basis "spot"');
  });
});
