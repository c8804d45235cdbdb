// Shared shapes of evaluation reports (to move to a common eval module).
export interface Metric { name: string; value: number; n: number; note?: string } // value in [0,1] or km
export interface SetReport { set: string; lang: string; metrics: Metric[]; errors?: string[] /* sample */ }
