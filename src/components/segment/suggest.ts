import type { ColumnSchema } from '@/data/table'
import type { TransactionMapping } from '@/ml/segmentation/transactions'

export type MappingKey = keyof TransactionMapping

export const MAPPING_KEYS: MappingKey[] = ['customer', 'invoice', 'date', 'quantity', 'price', 'amount', 'margin', 'cost', 'product', 'category']

const NAME_PATTERNS: Record<MappingKey, RegExp> = {
  customer: /^(customer|client|cust|member|user|account|buyer)[ _-]?(id|no|number|code|key)?$|customer.?id|client.?id|^cliente/i,
  invoice: /invoice|order.?(id|no|number)?$|^order$|basket|transaction.?(id|no)?$|receipt|ticket|^factura|pedido/i,
  date: /date|time|^day$|timestamp|fecha/i,
  quantity: /^(qty|quantity|units?|cantidad|amount_units)$|quantity|qty/i,
  price: /unit.?price|^price$|price|precio/i,
  amount: /^(amount|total|revenue|sales|value|line.?total|importe|spend)$|amount|revenue|sales.?value/i,
  margin: /margin|profit|beneficio/i,
  cost: /cost|coste|costo/i,
  product: /stock.?code|sku|product|item|article|description|producto/i,
  category: /category|department|family|segment.?product|categor[ií]a|familia/i,
}

/**
 * Column suggestions from the schema (names first, then roles/types), each column used once.
 * Numeric roles need numeric types; the date needs a date type when there is one.
 */
export function suggestMapping(schema: ColumnSchema[]): Partial<TransactionMapping> {
  const used = new Set<string>()
  const out: Partial<TransactionMapping> = {}
  const numeric = (c: ColumnSchema): boolean => c.type === 'integer' || c.type === 'float'
  const pick = (key: MappingKey, ok: (c: ColumnSchema) => boolean): void => {
    const c = schema.find((c) => !used.has(c.name) && ok(c) && NAME_PATTERNS[key].test(c.name))
    if (c) {
      out[key] = c.name
      used.add(c.name)
    }
  }
  pick('date', (c) => c.type === 'date' || c.type === 'datetime')
  if (!out.date) {
    const d = schema.find((c) => c.type === 'date' || c.type === 'datetime' || c.role === 'date')
    if (d) {
      out.date = d.name
      used.add(d.name)
    }
  }
  pick('customer', (c) => c.type !== 'date' && c.type !== 'datetime')
  pick('invoice', (c) => c.type !== 'date' && c.type !== 'datetime')
  pick('quantity', numeric)
  pick('price', numeric)
  if (!(out.quantity && out.price)) {
    pick('amount', numeric)
    if (!out.amount) {
      const a = schema.find((c) => !used.has(c.name) && c.role === 'amount' && numeric(c))
      if (a) out.amount = a.name
    }
  }
  pick('margin', numeric)
  pick('cost', numeric)
  // product: a code column first, a description otherwise
  const code = schema.find((c) => !used.has(c.name) && /stock.?code|sku|product.?(id|code)|item.?(id|code)/i.test(c.name))
  if (code) {
    out.product = code.name
    used.add(code.name)
  } else pick('product', (c) => c.type !== 'date' && c.type !== 'datetime')
  pick('category', (c) => c.type === 'category' || c.type === 'text' || c.type === 'id')
  return out
}

const KEY = (id: string): string => `campaign-lab.segment.mapping.${id}`

/** The mapping remembered for a dataset (column names only, no data). */
export function loadMapping(datasetId: string): Partial<TransactionMapping> | null {
  try {
    const s = localStorage.getItem(KEY(datasetId))
    return s ? (JSON.parse(s) as Partial<TransactionMapping>) : null
  } catch {
    return null
  }
}

export function saveMapping(datasetId: string, m: Partial<TransactionMapping>): void {
  localStorage.setItem(KEY(datasetId), JSON.stringify(m))
}
