package org.labjudge.app.editor;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the {@link Lexer} needs to know of one language {@link Family}: its keywords and well-known types, how comments and
 * strings start, and which constructs count as {@code meta} (annotations, preprocessor lines, macros,
 * shell variables). Immutable and shared by all threads.
 */
record SyntaxRules(Set<String> keywords, Set<String> types, String lineComment, boolean blockComments,
                   boolean tripleQuotes, boolean backtickStrings, boolean singleQuoteIsChar,
                   Meta meta) {

    /** The language-specific constructs shown in the {@code meta} colour. */
    enum Meta {
        /** {@code @Override}, {@code @decorator}. */
        ANNOTATIONS,
        /** {@code #include <stdio.h>} at the start of a line. */
        PREPROCESSOR,
        /** {@code println!}, {@code #[derive(...)]}, {@code 'a} lifetimes. */
        RUST,
        /** {@code $x}, {@code ${x}}, {@code $#}; {@code #} starts a comment only at a word start. */
        SHELL,
        NONE
    }

    private static final Map<Family, SyntaxRules> RULES = build();

    /** The rules of {@code family}; none for {@link Family#PLAIN}. */
    static Optional<SyntaxRules> of(Family family) {
        return Optional.ofNullable(RULES.get(family));
    }

    private static Set<String> words(String words) {
        return Set.of(words.trim().split("\\s+"));
    }

    private static Map<Family, SyntaxRules> build() {
        Map<Family, SyntaxRules> rules = new EnumMap<>(Family.class);
        rules.put(Family.PYTHON, new SyntaxRules(
                words("False None True and as assert async await break class continue def del elif else except "
                        + "finally for from global if import in is lambda nonlocal not or pass raise return try while "
                        + "with yield match case"),
                words("int float str bool list dict set tuple bytes range len print input open map filter zip "
                        + "enumerate sorted reversed sum min max abs self"),
                "#", false, true, false, false, Meta.ANNOTATIONS));
        rules.put(Family.JAVA, new SyntaxRules(
                words("abstract assert break case catch class const continue default do else enum extends final "
                        + "finally for goto if implements import instanceof interface native new package private "
                        + "protected public return static strictfp super switch synchronized this throw throws "
                        + "transient try void volatile while var record yield sealed permits true false null"),
                words("boolean byte char short int long float double String Object Integer Long Double List Map "
                        + "Set ArrayList HashMap HashSet Scanner System Math StringBuilder"),
                "//", true, true, false, true, Meta.ANNOTATIONS));
        String cKeywords = "auto break case const continue default do else enum extern for goto if inline register "
                + "restrict return sizeof static struct switch typedef union volatile while NULL true false";
        String cTypes = "void char short int long float double signed unsigned bool size_t FILE int8_t int16_t "
                + "int32_t int64_t uint8_t uint16_t uint32_t uint64_t";
        rules.put(Family.C, new SyntaxRules(words(cKeywords), words(cTypes), "//", true, false, false, true,
                Meta.PREPROCESSOR));
        rules.put(Family.CPP, new SyntaxRules(
                words(cKeywords + " alignas alignof and or not catch class constexpr consteval decltype delete "
                        + "explicit export friend mutable namespace new noexcept nullptr operator override private "
                        + "protected public template this throw try typename using virtual final co_await co_return"),
                words(cTypes + " std string vector map set unordered_map unordered_set pair auto cin cout endl"),
                "//", true, false, false, true, Meta.PREPROCESSOR));
        String jsKeywords = "async await break case catch class const continue debugger default delete do else export "
                + "extends finally for function if import in instanceof let new of return static super "
                + "switch this throw try typeof var void while with yield true false null undefined";
        String jsTypes = "console require process Math Number String Array Object Map Set JSON BigInt parseInt "
                + "parseFloat";
        rules.put(Family.JAVASCRIPT, new SyntaxRules(words(jsKeywords), words(jsTypes),
                "//", true, false, true, false, Meta.NONE));
        rules.put(Family.TYPESCRIPT, new SyntaxRules(
                words(jsKeywords + " abstract as declare enum implements interface keyof namespace private protected "
                        + "public readonly type infer is satisfies"),
                words(jsTypes + " number string boolean any unknown never object bigint symbol Buffer Record Partial "
                        + "Readonly Promise"),
                "//", true, false, true, false, Meta.ANNOTATIONS));
        rules.put(Family.KOTLIN, new SyntaxRules(
                words("as break class continue do else false for fun if in interface is null object package return "
                        + "super this throw true try typealias val var when while by catch constructor finally get "
                        + "import init set where abstract annotation companion const data enum final infix inline "
                        + "inner internal lateinit open operator out override private protected public sealed "
                        + "suspend tailrec vararg"),
                words("Int Long Short Byte Double Float Boolean Char String Unit Any Nothing Array IntArray LongArray "
                        + "List MutableList Map MutableMap Set MutableSet ArrayList HashMap HashSet println print "
                        + "readLine readln"),
                "//", true, true, false, true, Meta.ANNOTATIONS));
        rules.put(Family.SCALA, new SyntaxRules(
                words("abstract case catch class def do else enum export extends extension false final finally for "
                        + "given if implicit import lazy match new null object override package private protected "
                        + "return sealed super then this throw trait true try type using val var while with yield"),
                words("Int Long Short Byte Double Float Boolean Char String Unit Any AnyRef Nothing Array List Vector "
                        + "Map Set Seq Option Some None StdIn println print math"),
                "//", true, true, false, true, Meta.ANNOTATIONS));
        rules.put(Family.GO, new SyntaxRules(
                words("break case chan const continue default defer else fallthrough for func go goto if import "
                        + "interface map package range return select struct switch type var true false nil iota"),
                words("bool byte rune string error int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 "
                        + "float32 float64 complex64 complex128 append cap len make new panic print println fmt"),
                "//", true, false, true, true, Meta.NONE));
        rules.put(Family.RUST, new SyntaxRules(
                words("as async await break const continue crate dyn else enum extern false fn for if impl in let "
                        + "loop match mod move mut pub ref return self Self static struct super trait true type "
                        + "unsafe use where while"),
                words("i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str String Vec "
                        + "Option Some None Result Ok Err Box HashMap"),
                "//", true, false, false, true, Meta.RUST));
        rules.put(Family.SHELL, new SyntaxRules(
                words("if then else elif fi for while until do done case esac in function return local export "
                        + "readonly declare break continue exit select time"),
                words("echo read printf cd test let shift set unset source eval exec true false"),
                "#", false, false, false, false, Meta.SHELL));
        rules.put(Family.CSHARP, new SyntaxRules(
                words("abstract as base break case catch checked class const continue default delegate do else enum "
                        + "event explicit extern false finally fixed for foreach goto if implicit in interface internal "
                        + "is lock namespace new null operator out override params private protected public readonly "
                        + "ref return sealed sizeof static struct switch this throw true try typeof unchecked unsafe "
                        + "using var virtual void volatile while async await yield record"),
                words("bool byte char decimal double float int long object sbyte short string uint ulong ushort "
                        + "Console Math String List Dictionary HashSet StringBuilder"),
                "//", true, false, false, true, Meta.ANNOTATIONS));
        rules.put(Family.D, new SyntaxRules(
                words("abstract alias align assert auto body break case cast catch class const continue debug default "
                        + "delegate do else enum export extern false final finally for foreach foreach_reverse "
                        + "function goto if immutable import in inout interface is lazy module new nothrow null out "
                        + "override package private protected public pure ref return scope shared static struct super "
                        + "switch synchronized template this throw true try typeof union unittest version while with"),
                words("bool byte ubyte short ushort int uint long ulong float double real char wchar dchar string "
                        + "void size_t writeln writefln readln stdin stdout"),
                "//", true, false, true, true, Meta.ANNOTATIONS));
        rules.put(Family.RUBY, new SyntaxRules(
                words("BEGIN END alias and begin break case class def defined? do else elsif end ensure false for if "
                        + "in module next nil not or redo rescue retry return self super then true undef unless until "
                        + "when while yield"),
                words("puts print gets p require attr_accessor Integer Float String Array Hash STDIN"),
                "#", false, false, false, false, Meta.NONE));
        rules.put(Family.PERL, new SyntaxRules(
                words("my our local sub if elsif else unless while until for foreach last next redo return use no "
                        + "package require do eval and or not eq ne lt gt le ge cmp"),
                words("print printf say chomp split join push pop shift unshift keys values scalar length die "
                        + "STDIN STDOUT"),
                "#", false, false, false, false, Meta.SHELL));
        rules.put(Family.PHP, new SyntaxRules(
                words("abstract and array as break case catch class clone const continue declare default do echo else "
                        + "elseif empty enddeclare endfor endforeach endif endswitch endwhile extends final finally "
                        + "fn for foreach function global if implements include instanceof interface isset list "
                        + "match namespace new or print private protected public readonly require return static switch "
                        + "throw trait try unset use var while xor yield true false null"),
                words("int float string bool void mixed STDIN fgets trim explode implode intval count strlen"),
                "//", true, false, false, false, Meta.SHELL));
        rules.put(Family.LUA, new SyntaxRules(
                words("and break do else elseif end false for function goto if in local nil not or repeat return then "
                        + "true until while"),
                words("print io string table math tonumber tostring ipairs pairs require"),
                "--", false, false, false, false, Meta.NONE));
        rules.put(Family.HASKELL, new SyntaxRules(
                words("case class data default deriving do else foreign if import in infix infixl infixr instance let "
                        + "module newtype of then type where"),
                words("Int Integer Double Float Bool Char String IO Maybe Just Nothing Either Left Right main "
                        + "getLine getContents putStrLn print read show map filter foldr foldl words unwords lines"),
                "--", false, false, false, true, Meta.NONE));
        rules.put(Family.R, new SyntaxRules(
                words("if else repeat while function for in next break TRUE FALSE NULL Inf NaN NA return"),
                words("cat print paste scan file readLines stdin length sum c list vector matrix numeric character "
                        + "library"),
                "#", false, false, false, false, Meta.NONE));
        return Map.copyOf(rules);
    }
}
