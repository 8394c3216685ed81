// The part of Tiled's JSON map format (.tmj) that DrillHall reads; anything else in the file is ignored.
import { z } from 'zod';

const PropertySchema = z.object({
  name: z.string(),
  type: z.string().optional(),
  value: z.unknown(),
});
export type TiledProperty = z.infer<typeof PropertySchema>;

const Properties = z.array(PropertySchema).default([]);

const PointSchema = z.object({ x: z.number(), y: z.number() });

export const TiledObjectSchema = z.object({
  id: z.int(),
  name: z.string().default(''),
  x: z.number(),
  y: z.number(),
  width: z.number().default(0),
  height: z.number().default(0),
  point: z.boolean().optional(),
  polyline: z.array(PointSchema).optional(),
  polygon: z.array(PointSchema).optional(),
  properties: Properties,
});
export type TiledObject = z.infer<typeof TiledObjectSchema>;

const TileLayerSchema = z.object({
  type: z.literal('tilelayer'),
  name: z.string(),
  width: z.int().positive(),
  height: z.int().positive(),
  data: z.array(z.int().min(0), { error: 'must be a list of tile numbers: save the layer as CSV, not Base64 or compressed' }),
  encoding: z.literal('csv').optional(),
  compression: z.literal('').optional(),
});

const ObjectLayerSchema = z.object({
  type: z.literal('objectgroup'),
  name: z.string(),
  objects: z.array(TiledObjectSchema),
});

const OtherLayerSchema = z.object({ type: z.enum(['imagelayer', 'group']), name: z.string() });

export const TiledLayerSchema = z.discriminatedUnion('type', [TileLayerSchema, ObjectLayerSchema, OtherLayerSchema]);

const TilesetSchema = z.object({
  firstgid: z.int().min(1),
  name: z.string().default(''),
  source: z.never({ error: 'tilesets must be embedded in the map (Map → Embed Tileset), not kept in a separate .tsx file' }).optional(),
  tilecount: z.int().min(0),
  tiles: z.array(z.object({ id: z.int().min(0), properties: Properties })).default([]),
});

export const TiledMapSchema = z.object({
  type: z.literal('map').optional(),
  orientation: z.literal('orthogonal', { error: 'only orthogonal maps are supported' }),
  infinite: z.literal(false, { error: 'infinite maps are not supported: uncheck Map → Map Properties → Infinite' }).optional(),
  width: z.int().min(2).max(1000),
  height: z.int().min(2).max(1000),
  tilewidth: z.int().positive(),
  tileheight: z.int().positive(),
  properties: Properties,
  layers: z.array(TiledLayerSchema),
  tilesets: z.array(TilesetSchema).min(1),
});
export type TiledMap = z.infer<typeof TiledMapSchema>;
export type TiledTileLayer = z.infer<typeof TileLayerSchema>;
export type TiledObjectLayer = z.infer<typeof ObjectLayerSchema>;
