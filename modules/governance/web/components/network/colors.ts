import type { NetworkEdgeKind } from '../../../contract';

/** Sector colours (Bootstrap Italia palette, distinguishable for common colour-vision deficiencies). */
export const SECTOR_COLORS: Record<string, string> = { public: '#0066cc', third_sector: '#00875a', private: '#a66300' };
export const EDGE_COLORS: Record<NetworkEdgeKind, string> = { membership: '#5c6f82', coattendance: '#0066cc', agreement: '#5c2d91', referral: '#cc334d' };
export const EDGE_KINDS: NetworkEdgeKind[] = ['membership', 'coattendance', 'agreement', 'referral'];
export const SECTORS = ['public', 'third_sector', 'private'] as const;
