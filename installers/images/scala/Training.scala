// Compiled once at image build so that the compiler's class-data archive holds what a typical
// student program makes it load: case classes, collections and lambdas, match, strings, I/O.
import scala.io.StdIn
import scala.collection.mutable

case class Point(x: Int, y: Int):
  def manhattan: Int = math.abs(x) + math.abs(y)

enum Kind:
  case Small, Large

object Main:
  def best[T](items: Seq[T])(using ord: Ordering[T]): T = items.max

  def main(args: Array[String]): Unit =
    val words = Iterator.continually(StdIn.readLine()).takeWhile(_ != null)
      .flatMap(_.split(" ")).filter(_.nonEmpty).toList
    val numbers = words.flatMap(_.toIntOption)
    val counts = mutable.HashMap.empty[String, Long]
    for w <- words do counts(w) = counts.getOrElse(w, 0L) + 1
    val kind = if numbers.size > 10 then Kind.Large else Kind.Small
    val label = kind match
      case Kind.Small => "small"
      case Kind.Large => "large"
    val prefix = numbers.scanLeft(0L)(_ + _).toArray
    val out = StringBuilder()
    out.append(label).append(' ').append(Point(3, -4).manhattan).append('\n')
    out.append(f"${math.Pi * 4}%.3f").append('\n')
    out.append(if numbers.isEmpty then "none" else best(numbers).toString).append('\n')
    out.append(counts.toSeq.sortBy(_._1).map((k, v) => s"$k=$v").mkString(",")).append('\n')
    out.append(prefix.last + numbers.sorted(Ordering[Int].reverse).take(3).map(_ * 2L).sum).append('\n')
    print(out)
