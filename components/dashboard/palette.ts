// Series colours for the dashboard charts (dark enough for text contrast on white).
const PALETTE = ['#1e3a8a', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4b5563'];

export const color = (i: number) => PALETTE[i % PALETTE.length];
