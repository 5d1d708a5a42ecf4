// The committed schema.graphql is what the code builds, and everything in it is documented.
import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { printSdl, SCHEMA_FILE } from '../../server/print-schema.ts';
import { schema } from '../../server/schema/index.ts';

describe('schema', () => {
  it('matches the committed schema.graphql (regenerate with `npx tsx server/print-schema.ts --write`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSdl());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is read-only', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('offers the query fields researchers need', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields).toEqual(
      expect.arrayContaining([
        'regulation', 'chapters', 'article', 'articles', 'actors', 'actor', 'industries', 'industry', 'zones',
        'obligations', 'search', 'responsibilityMatrix', 'zoneIndustryMatrix', 'neighborhood', 'path', 'node',
      ]),
    );
  });
});
