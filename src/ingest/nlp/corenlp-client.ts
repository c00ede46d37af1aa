import { createHash } from 'node:crypto';
import { NlpUnavailableError } from '../../domain/errors';
import type { Analysis, AnalysisLanguage } from './analysis';
import { ANALYSIS_LANGUAGES } from './analysis';
import { ANALYSIS_FORMAT, analysisFromCoreNlp, isCoreNlpDocument } from './corenlp-json';
import { CORENLP_ANALYSER, corenlpProperties } from './corenlp-properties';
import type { LanguageAnalyser } from './language-analyser';
import { textForAnalyser } from './text-for-analyser';

export interface CoreNlpClientOptions {
  /** Base URL of a CoreNLP server: the project's (npm run nlp:start), an official one, a load balancer. */
  readonly url: string;
  /** How long one analysis may take, retries included. */
  readonly timeoutMs: number;
  /** Attempts after the first, on connection errors and 5xx answers. */
  readonly retries?: number;
  /** Wait before the first retry; doubles on each one. */
  readonly backoffMs?: number;
}

/** A failed attempt, and whether another one may succeed. */
interface AttemptFailure {
  readonly reason: string;
  readonly retryable: boolean;
  readonly cause?: unknown;
}

/**
 * Names the analyser by CoreNLP version, pipelines and JSON mapping, so that
 * a cached analysis is never reused once any of them changes.
 */
function analyserName(): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(ANALYSIS_LANGUAGES.map(corenlpProperties)))
    .update(String(ANALYSIS_FORMAT))
    .digest('hex');
  return `${CORENLP_ANALYSER}/${hash.slice(0, 8)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Why fetch failed: the system error code (ECONNREFUSED …) when there is one.
 * Read by shape, not instanceof: fetch's errors may come from another realm (jest's sandbox).
 */
function networkReason(error: unknown): string {
  const { name, message, cause } = (error ?? {}) as {
    name?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  if (name === 'TimeoutError') return 'no answer in time';
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Analyses text with a Stanford CoreNLP server over HTTP, the official
 * server's protocol: POST /?properties=<json> with the text as body.
 */
export class CoreNlpClient implements LanguageAnalyser {
  readonly name = analyserName();
  private readonly retries: number;
  private readonly backoffMs: number;

  constructor(private readonly options: CoreNlpClientOptions) {
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 250;
  }

  async analyse(text: string, language: AnalysisLanguage): Promise<Analysis> {
    const deadline = Date.now() + this.options.timeoutMs;
    let failure: AttemptFailure | null = null;
    for (let attempt = 0; attempt <= this.retries; attempt += 1) {
      if (attempt > 0) {
        const wait = this.backoffMs * 2 ** (attempt - 1);
        if (Date.now() + wait >= deadline) break;
        await sleep(wait);
      }
      const result = await this.attempt(text, language, deadline - Date.now());
      if (!('reason' in result)) return result;
      failure = result;
      if (!failure.retryable) break;
    }
    throw new NlpUnavailableError(
      this.options.url,
      failure?.reason ?? 'no answer in time',
      failure?.cause,
    );
  }

  private async attempt(
    text: string,
    language: AnalysisLanguage,
    timeoutMs: number,
  ): Promise<Analysis | AttemptFailure> {
    const url = new URL(this.options.url);
    url.searchParams.set('properties', JSON.stringify(corenlpProperties(language)));
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: textForAnalyser(text, language),
        signal: AbortSignal.timeout(Math.max(timeoutMs, 1)),
      });
    } catch (error) {
      return { reason: networkReason(error), retryable: true, cause: error };
    }
    let body: unknown;
    try {
      body = response.ok ? await response.json() : await response.text();
    } catch (error) {
      return {
        reason: `unreadable answer: ${networkReason(error)}`,
        retryable: true,
        cause: error,
      };
    }
    if (!response.ok) {
      const excerpt = String(body).trim().slice(0, 200);
      return { reason: `HTTP ${response.status}: ${excerpt}`, retryable: response.status >= 500 };
    }
    if (!isCoreNlpDocument(body)) {
      return { reason: 'the answer is not CoreNLP JSON', retryable: false };
    }
    return analysisFromCoreNlp(body, language, this.name);
  }
}
