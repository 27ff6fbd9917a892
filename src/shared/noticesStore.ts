/** Messages for the user: what was ignored from a link, what failed to import, what was restored. */
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  title: string;
  details: string[];
}

interface NoticesState {
  notices: Notice[];
  push: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticesStore = create<NoticesState>((set) => ({
  notices: [],
  push: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
