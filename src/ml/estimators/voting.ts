import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { checkCancel, subProgress, type RunControl } from '../core/progress'
import { registerEstimator, loadEstimator, splitWeights, joinWeights, type Classifier, type EstimatorJSON } from '../core/estimator'
import { prefixed, type WeightCodec } from '../core/weights'
import { checkFitInput } from './_shared/util'

export type Voting = 'soft' | 'hard'

export interface VotingMember {
  /** short name shown in summaries ('lr', 'svm', ...) */
  name: string
  estimator: Classifier
}

export interface VotingOptions {
  /** members as classifiers (names default to their kind) or as {name, estimator} */
  estimators: Array<Classifier | VotingMember>
  voting: Voting
  /** one non-negative weight per member (default all 1) */
  weights: number[] | null
  /** true: members are already fitted and fit() only checks the data; false: fit() fits every member */
  prefit: boolean
}

export const defaultVotingOptions: Omit<VotingOptions, 'estimators'> = { voting: 'soft', weights: null, prefit: false }

function isMember(e: Classifier | VotingMember): e is VotingMember {
  return typeof (e as VotingMember).name === 'string' && typeof (e as VotingMember).estimator === 'object'
}

/**
 * Voting ensemble (scikit-learn VotingClassifier). Soft: P = Σ wᵢ·pᵢ / Σ wᵢ, predict P > 0.5.
 * Hard: each member votes its predict(); P = weighted share of votes for 1, predict = share > 0.5
 * (a tie goes to class 0, like sklearn's argmax).
 */
export class VotingClassifier implements Classifier {
  readonly kind = 'vote'
  readonly voting: Voting
  readonly members: VotingMember[]
  readonly weights: Float64Array
  private prefit: boolean
  private fitted: boolean

  constructor(options: Partial<VotingOptions> & { estimators: VotingOptions['estimators'] }) {
    const o = { ...defaultVotingOptions, ...options }
    if (!Array.isArray(o.estimators) || o.estimators.length === 0) throw new MessageError('ml.error.voteNoMembers')
    if (o.voting !== 'soft' && o.voting !== 'hard') throw new MessageError('ml.error.oneOf', { name: 'Voting: voting', allowed: 'soft, hard', value: String(o.voting) })
    this.members = o.estimators.map((e) => (isMember(e) ? e : { name: e.kind, estimator: e }))
    for (const m of this.members) {
      if (!m.estimator || typeof m.estimator.predictProba !== 'function') throw new RangeError(`Voting: member "${m.name}" is not a classifier`)
    }
    const w = o.weights ?? this.members.map(() => 1)
    if (w.length !== this.members.length) throw new MessageError('ml.error.voteWeightCount', { n: w.length, members: this.members.length })
    if (w.some((v) => !Number.isFinite(v) || v < 0)) throw new MessageError('ml.error.voteWeights', { value: w.join(', ') })
    if (!w.some((v) => v > 0)) throw new MessageError('ml.error.voteWeightPositive')
    this.weights = Float64Array.from(w)
    this.voting = o.voting
    this.prefit = o.prefit
    this.fitted = o.prefit
  }

  /** Fits every member in turn (awaiting async ones), unless built with prefit: true. */
  async fit(X: Matrix, y: Uint8Array, control?: RunControl): Promise<void> {
    checkFitInput(X, y, 'Voting')
    if (!this.prefit) {
      const k = this.members.length
      for (let i = 0; i < k; i++) {
        checkCancel(control?.cancel)
        const m = this.members[i]
        const sub = subProgress(control?.onProgress, i / k, (i + 1) / k)
        await m.estimator.fit(X, y, { cancel: control?.cancel, onProgress: sub && ((f, msg) => sub(f, `${m.name}: ${msg ?? ''}`)) })
      }
    }
    this.fitted = true
    control?.onProgress?.(1, 'vote ready')
  }

  private check(): void {
    if (!this.fitted) throw new Error('Voting: the ensemble is not fitted yet; call fit() first (or build it with prefit: true)')
  }

  /** per-member P(y = 1) (soft) or 0/1 votes (hard), in member order */
  memberOutputs(X: Matrix): Float64Array[] {
    this.check()
    return this.members.map((m) => (this.voting === 'soft' ? m.estimator.predictProba(X) : Float64Array.from(m.estimator.predict(X))))
  }

  predictProba(X: Matrix): Float64Array {
    const outs = this.memberOutputs(X)
    const out = new Float64Array(X.rows)
    let wsum = 0
    for (let k = 0; k < outs.length; k++) {
      const w = this.weights[k]
      if (w === 0) continue
      wsum += w
      const o = outs[k]
      for (let i = 0; i < out.length; i++) out[i] += w * o[i]
    }
    for (let i = 0; i < out.length; i++) out[i] /= wsum
    return out
  }

  predict(X: Matrix): Uint8Array {
    const p = this.predictProba(X)
    return Uint8Array.from(p, (v) => (v > 0.5 ? 1 : 0))
  }

  get containsTrainingRows(): boolean {
    return this.members.some((m) => Boolean(m.estimator.toJSON().containsTrainingRows))
  }

  toJSON(): EstimatorJSON {
    const members = this.members.map((m) => m.estimator.toJSON())
    return {
      kind: this.kind,
      params: { voting: this.voting, weights: Array.from(this.weights), names: this.members.map((m) => m.name) },
      state: { members: members as unknown as Record<string, unknown>[], fitted: this.fitted },
      containsTrainingRows: members.some((j) => Boolean(j.containsTrainingRows)),
    }
  }

  static load(json: EstimatorJSON): VotingClassifier {
    if (json.kind !== 'vote') throw new Error(`Voting: cannot load a model of kind "${json.kind}"`)
    const members = json.state.members as unknown as EstimatorJSON[] | undefined
    if (!Array.isArray(members)) throw new Error('Voting: model JSON is missing state.members')
    const names = (json.params.names as string[] | undefined) ?? members.map((m) => m.kind)
    const est = members.map((m, i) => {
      const e = loadEstimator(m)
      if (typeof (e as Classifier).predictProba !== 'function') throw new Error(`Voting: member ${i} (${m.kind}) is not a classifier`)
      return { name: names[i] ?? m.kind, estimator: e as Classifier }
    })
    return new VotingClassifier({ estimators: est, voting: json.params.voting as Voting, weights: json.params.weights as number[], prefit: json.state.fitted !== false })
  }
}

/** A vote's weights are its members' weights, under "members/<i>/". */
const voteWeights: WeightCodec = {
  split(json) {
    const members = json.state.members as unknown as EstimatorJSON[]
    if (!Array.isArray(members)) throw new Error('Voting: model JSON is missing state.members')
    const parts = members.map((m) => splitWeights(m))
    return {
      topology: { ...json, state: { ...json.state, members: parts.map((p) => p.topology) as unknown as Record<string, unknown>[] } },
      weights: parts.flatMap((p, i) => p.weights.map((w) => ({ spec: { ...w.spec, name: `members/${i}/${w.spec.name}` }, data: w.data }))),
    }
  },
  join(topology, read) {
    const members = topology.state.members as unknown as EstimatorJSON[]
    if (!Array.isArray(members)) throw new Error('Voting: model JSON is missing state.members')
    return { ...topology, state: { ...topology.state, members: members.map((m, i) => joinWeights(m, prefixed(read, `members/${i}`))) as unknown as Record<string, unknown>[] } }
  },
}

registerEstimator('vote', VotingClassifier.load, voteWeights)
