// The only JavaScript an .mdx article may hold in braces: literal data, such as style={{ width: '100%' }}.
// remark-mdx-policy refuses anything else; the later steps read the data's value from the same tree.
import type { Expression, Node, Program } from 'estree';

const DATA_NODES = new Set(['Program', 'ExpressionStatement', 'ObjectExpression', 'ArrayExpression', 'Property', 'Literal', 'TemplateLiteral', 'TemplateElement']);

/** True when an expression is only literal data: no calls, no variables, no operators but a sign. */
export function isPlainData(node: unknown, parentIsKey = false): boolean {
  if (Array.isArray(node)) return node.every((child) => isPlainData(child));
  if (!node || typeof node !== 'object') return true;
  if (!('type' in node)) return Object.values(node).every((value) => isPlainData(value));
  const estree = node as Node;
  if (estree.type === 'Identifier') return parentIsKey;
  if (estree.type === 'UnaryExpression') return (estree.operator === '-' || estree.operator === '+') && estree.argument.type === 'Literal';
  if (estree.type === 'Property') return !estree.computed && estree.kind === 'init' && !estree.method && isPlainData(estree.key, true) && isPlainData(estree.value);
  if (estree.type === 'TemplateLiteral' && estree.expressions.length > 0) return false;
  if (!DATA_NODES.has(estree.type)) return false;
  return Object.entries(estree).every(([key, value]) => key === 'loc' || key === 'range' || key === 'comments' || isPlainData(value));
}

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

/** The value of a braced attribute (`{{ width: '100%' }}`, `{3}`), or undefined when it is not plain data. */
export function plainValueOf(program: Program | undefined): PlainValue | undefined {
  const statement = program?.body[0];
  if (!program || program.body.length !== 1 || statement?.type !== 'ExpressionStatement' || !isPlainData(program)) return undefined;
  return valueOf(statement.expression);
}

function valueOf(node: Expression): PlainValue | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null ? node.value : undefined;
    case 'UnaryExpression': {
      const value = valueOf(node.argument);
      return typeof value === 'number' ? (node.operator === '-' ? -value : value) : undefined;
    }
    case 'TemplateLiteral':
      return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
    case 'ArrayExpression': {
      const items = node.elements.map((element) => (element && element.type !== 'SpreadElement' ? valueOf(element) : undefined));
      return items.every((item) => item !== undefined) ? (items as PlainValue[]) : undefined;
    }
    case 'ObjectExpression': {
      const entries: [string, PlainValue][] = [];
      for (const property of node.properties) {
        if (property.type !== 'Property') return undefined;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        const value = valueOf(property.value as Expression);
        if (key === undefined || value === undefined) return undefined;
        entries.push([key, value]);
      }
      return Object.fromEntries(entries);
    }
    default:
      return undefined;
  }
}
