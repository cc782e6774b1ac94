/// Counts words the way a reader would: runs of text that contain a letter or a digit.
public enum WordCounter {
    public static func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasContent = false
        for scalar in text.unicodeScalars {
            if scalar.isSpace {
                if inWord && wordHasContent { count += 1 }
                inWord = false
                wordHasContent = false
            } else {
                inWord = true
                if scalar.isLetterOrDigit { wordHasContent = true }
            }
        }
        return count + (inWord && wordHasContent ? 1 : 0)
    }
}
