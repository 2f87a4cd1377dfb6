package talkbot.reading;

/**
 * Cardinal numbers written in words, as some wire styles write every figure: "fifteen",
 * "thirty-five", "three hundred thousand", "one hundred and thirty". A regular expression's
 * text, to be composed into the patterns that find figures.
 */
final class NumberWords {
    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String BELOW_HUNDRED = "(?:(?:" + TENS + ")(?:[- ](?:" + ONES + ")\\b)?|(?:" + TEENS + ")|(?:" + ONES + "))\\b";
    private static final String BELOW_THOUSAND = "(?:(?:a|" + ONES + ")\\shundred(?:\\s(?:and\\s)?" + BELOW_HUNDRED + ")?|" + BELOW_HUNDRED + ")";

    /** A whole number from one to 999,999 in words, starting at a word boundary. */
    static final String CARDINAL = "\\b" + BELOW_THOUSAND + "(?:\\sthousand\\b(?:\\s(?:and\\s)?" + BELOW_THOUSAND + ")?)?";

    private NumberWords() {}
}
