import { readFileSync } from 'node:fs';
import type { CaseEventType } from '../../src/index.js';

/*
 * What each event type's fields look like, read from the committed JSON Schema
 * (schema/events.json, generated from the zod schemas), so that a walk fills in every event the
 * tracks define, new ones included, without a second hand-kept list of fields.
 */

/** A JSON Schema node, as far as the generator reads it. */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly items?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly oneOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
}

/** The definitions of schema/events.json, by name. */
export type SchemaDefinitions = Readonly<Record<string, SchemaNode>>;

/** The `$defs` of the committed event-log JSON Schema. */
export function loadEventDefinitions(): SchemaDefinitions {
  const url = new URL('../../schema/events.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { $defs: SchemaDefinitions }).$defs;
}

/** The schema of one event type's object. */
export function eventShape(definitions: SchemaDefinitions, type: CaseEventType): SchemaNode {
  const shape = definitions[type];
  if (shape === undefined) throw new Error(`schema/events.json has no event ${type}: run npm run docs`);
  return shape;
}

/** A node with its `$ref` followed. */
export function resolved(definitions: SchemaDefinitions, node: SchemaNode): SchemaNode {
  let current = node;
  while (current.$ref !== undefined) {
    const name = current.$ref.replace('#/$defs/', '');
    const target = definitions[name];
    if (target === undefined) throw new Error(`schema/events.json: unresolved ${current.$ref}`);
    current = target;
  }
  return current;
}
