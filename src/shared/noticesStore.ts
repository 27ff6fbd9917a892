/**
 * Messages for the user: what was ignored from a link, what failed to import, what was restored. The same
 * message is kept once (pushing it again returns the one already shown), and each detail is kept once.
 */
import { create } from 'zustand';

/** Something the user can do from a notice (Undo, Download …). Running it dismisses the notice. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  title: string;
  details: string[];
  actions?: NoticeAction[];
}

interface NoticesState {
  notices: Notice[];
  /** Shows a notice (or finds the same one already shown); returns its id. */
  push: (notice: Omit<Notice, 'id'>) => number;
  dismiss: (id: number) => void;
  dismissAll: () => void;
}

let nextId = 1;

const sameNotice = (a: Omit<Notice, 'id'>, b: Omit<Notice, 'id'>) =>
  a.kind === b.kind &&
  a.title === b.title &&
  a.details.length === b.details.length &&
  a.details.every((d, i) => d === b.details[i]) &&
  !a.actions?.length &&
  !b.actions?.length;

export const useNoticesStore = create<NoticesState>((set, get) => ({
  notices: [],
  push: (notice) => {
    const clean = { ...notice, details: [...new Set(notice.details)] };
    const existing = get().notices.find((n) => sameNotice(n, clean));
    if (existing) return existing.id;
    const id = nextId++;
    set((s) => ({ notices: [...s.notices, { ...clean, id }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissAll: () => set({ notices: [] }),
}));
