/** The part of madge 8's API that check-cycles.ts uses (madge ships no type declarations). */
declare module 'madge' {
  interface MadgeResult {
    /** Module -> the modules it imports (paths relative to the base folder). */
    obj(): Record<string, string[]>;
    /** Module cycles, each as a list of paths. */
    circular(): string[][];
  }
  function madge(path: string, config?: Record<string, unknown>): Promise<MadgeResult>;
  export default madge;
}
