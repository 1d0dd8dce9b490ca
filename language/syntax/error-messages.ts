import { AbstractParserErrorMessageProvider, DefaultLexerErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { FULL_WIDTH, RANGE_DASHES, chineseDaysListMessage, dayRangeDashMessage, inChineseDayList, inDayRange, daysListMessage, endOfFileMessage, inDayList, fullWidthExample, fullWidthMessage, lexingMessage, mismatchMessage, noViableAltMessage, tokenLabel } from '../messages/syntax.js';
import type { LocaleService } from '../services/locale-service.js';
import { listSeparator } from '../messages/fragments.js';

/** Parser errors in the user's language, naming tokens the way the language reference does. */
export class PlaybookParserErrorMessageProvider extends AbstractParserErrorMessageProvider {
    constructor(private readonly locale: LocaleService) {
        super();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        return mismatchMessage(tokenLabel(options.expected.name, this.locale.locale), options.actual.image, this.locale.locale);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return endOfFileMessage(options.firstRedundant.image, this.locale.locale);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return this.unexpected(options.actual, options.expectedPathsPerAlt.flat());
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return this.unexpected(options.actual, options.expectedIterationPaths);
    }

    private unexpected(actual: IToken[], paths: TokenType[][]): string {
        const labels = [...new Set(paths.map(p => p[0]).filter(Boolean).map(t => tokenLabel(t.name, this.locale.locale)))];
        const found = actual[0]?.image ?? '';
        if (labels.length === 0 || labels.length > 8) return noViableAltMessage(found, this.locale.locale);
        return mismatchMessage(labels.join(listSeparator(this.locale.locale)), found, this.locale.locale);
    }
}

export class PlaybookLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    constructor(private readonly locale: LocaleService) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const char = fullText[startOffset];
        if (length === 1 && FULL_WIDTH[char]?.to === ',' && inDayList(fullText, startOffset)) return daysListMessage(this.locale.locale);
        if (length === 1 && FULL_WIDTH[char]?.to === ',' && inChineseDayList(fullText, startOffset)) return chineseDaysListMessage(this.locale.locale);
        if (length === 1 && RANGE_DASHES.includes(char) && inDayRange(fullText, startOffset)) return dayRangeDashMessage(fullText, startOffset, this.locale.locale);
        if (length === 1 && FULL_WIDTH[char]) return fullWidthMessage(char, fullWidthExample(fullText, startOffset), this.locale.locale);
        return lexingMessage(fullText.substr(startOffset, length), this.locale.locale);
    }
}
