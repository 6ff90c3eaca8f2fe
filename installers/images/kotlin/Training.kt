// Compiled once at image build so that the compiler's class-data archive holds what a typical
// student program makes it load: data classes, collections and lambdas, when, strings, I/O.
data class Point(val x: Int, val y: Int) {
    fun manhattan() = kotlin.math.abs(x) + kotlin.math.abs(y)
}

enum class Kind { SMALL, LARGE }

fun <T : Comparable<T>> best(items: List<T>): T = items.maxOrNull()!!

fun main() {
    val words = generateSequence(::readlnOrNull).flatMap { it.split(" ").asSequence() }.filter { it.isNotEmpty() }.toList()
    val numbers = words.mapNotNull { it.toIntOrNull() }
    val counts = HashMap<String, Long>()
    for (w in words) counts.merge(w, 1L, Long::plus)
    val kind = if (numbers.size > 10) Kind.LARGE else Kind.SMALL
    val label = when (kind) {
        Kind.SMALL -> "small"
        Kind.LARGE -> "large"
    }
    val prefix = LongArray(numbers.size + 1)
    for (i in numbers.indices) prefix[i + 1] = prefix[i] + numbers[i]
    val out = StringBuilder()
    out.append(label).append(' ').append(Point(3, -4).manhattan()).append('\n')
    out.append(String.format("%.3f", Math.PI * 4)).append('\n')
    out.append(if (numbers.isEmpty()) "none" else best(numbers).toString()).append('\n')
    out.append(counts.entries.sortedBy { it.key }.joinToString(",") { "${it.key}=${it.value}" }).append('\n')
    val sorted = numbers.sortedDescending().take(3).map { it * 2L }.sum()
    out.append(sorted).append('\n')
    print(out)
}
