// A gas leak's physics state (plain JSON, hashed and saved): the cloud, the release, and the blast if it came.

export interface ExplosionPhysics { cloudKg: number; releasedKg: number; sourceShare: number; tntKg: number | null; peakKpa: number | null }
