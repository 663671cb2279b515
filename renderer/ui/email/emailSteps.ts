// The steps of an e-mail case, in the order the person walks them. The log case's steps live in
// state/navigationSlice.ts; an e-mail case keeps its own, so neither list bends to the other.
export const emailSteps = [
  { id: 'message', label: 'Message' },
  { id: 'route', label: 'Route' },
  { id: 'sender', label: "Sender's network" },
  { id: 'clicked', label: 'Clicked or replied?' },
  { id: 'report', label: 'Report' },
] as const;

export type EmailStep = (typeof emailSteps)[number]['id'];
