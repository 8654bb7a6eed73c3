import { buildASTSchema, isEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, errorCodes } from '../../src/errors';
import { httpStatusOf } from '../../src/errors/codes';
import { projectRoot } from '../../src/paths';
import { classifyError, classifyRequestError } from '../../src/errors/classify';
import { loadTypeDefs } from '../../src/schema';

describe('one error vocabulary', () => {
  it('lists in the schema exactly the codes the service emits', () => {
    const type = buildASTSchema(loadTypeDefs()).getType('ErrorCode');
    if (!isEnumType(type)) throw new Error('ErrorCode is not an enum');
    expect(type.getValues().map((value) => value.name)).toEqual(errorCodes);
  });

  it('documents every code in docs/api.md with its HTTP status and the schema description', () => {
    const api = readFileSync(path.join(projectRoot, 'docs', 'api.md'), 'utf8');
    const table = api.split('<!-- error-table:')[1]!.split('<!-- /error-table -->')[0]!;
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| code |'))
      .map((line) => line.slice(2, -2).split(' | '));
    const type = buildASTSchema(loadTypeDefs()).getType('ErrorCode');
    if (!isEnumType(type)) throw new Error('ErrorCode is not an enum');
    const described = new Map(type.getValues().map((value) => [value.name, value.description!.replace(/\s+/g, ' ')]));
    expect(rows.map(([code, status, meaning]) => [code, status, meaning])).toEqual(
      errorCodes.map((code) => [code, String(httpStatusOf[code] ?? 200), described.get(code)]),
    );
  });

  it.each([
    [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }, 'BAD_USER_INPUT'],
    [{ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, 'GRAPHQL_VALIDATION_FAILED'],
    [{ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' } }, 'QUERY_TOO_COMPLEX'],
    [{ message: 'x', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }, 'BAD_REQUEST'],
    [{ message: 'Syntax Error: Document contains more that 3000 tokens. Parsing aborted.' }, 'QUERY_TOO_COMPLEX'],
    [{ message: 'boom' }, 'INTERNAL_SERVER_ERROR'],
    [{ message: 'x', extensions: { code: 'SOMETHING_ELSE' } }, 'INTERNAL_SERVER_ERROR'],
  ])('classifies %j as %s, a code of the enum', (formatted, code) => {
    const classified = classifyError(formatted, new Error('original'), false);
    expect(classified.code).toBe(code);
    expect(errorCodes).toContain(classified.code);
  });

  it('hides an unexpected error outside development and logs it as an error', () => {
    expect(classifyError({ message: 'secret detail' }, new Error('secret detail'), false)).toMatchObject({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'Internal server error',
      log: { level: 'error' },
    });
    expect(classifyError({ message: 'secret detail' }, new Error('secret detail'), true).message).toBe('secret detail');
  });

  it('keeps a client error message and its extensions, drops transport ones, and logs nothing', () => {
    const classified = classifyError(
      {
        message: 'first: too big',
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', http: { status: 400 }, stacktrace: ['a'] },
      },
      new Error(),
      false,
    );
    expect(classified).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first: too big',
      extensions: { argument: 'first' },
      log: null,
    });
  });

  it.each([
    [{ type: 'entity.too.large', limit: 100 }, 413, 'PAYLOAD_TOO_LARGE'],
    [{ type: 'entity.parse.failed', status: 400 }, 400, 'BAD_REQUEST'],
    [{ status: 415, message: 'unsupported' }, 415, 'BAD_REQUEST'],
    [{}, 500, 'INTERNAL_SERVER_ERROR'],
  ])('classifies the request error %j as HTTP %i %s', (error, status, code) => {
    expect(classifyRequestError(error)).toMatchObject({ status, code });
  });
});
