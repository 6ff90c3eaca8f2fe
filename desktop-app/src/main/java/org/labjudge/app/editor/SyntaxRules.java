package org.labjudge.app.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the {@link Lexer} needs to know of one language {@link Family}: its keywords and well-known names, how
 * comments and strings are written, what a word may contain, and which constructs count as {@code meta}
 * (annotations, preprocessor lines, macros, variables). Immutable and shared by all threads; made only by
 * {@link Builder}, since most families differ from the C-like defaults in one or two ways.
 *
 * @param keywords        reserved words; lower case when {@code caseInsensitive}
 * @param types           well-known types and library names, shown apart from keywords
 * @param lineComments    what starts a comment to the end of the line; the first is what toggling a comment adds
 * @param blockComments   the delimited comment forms, tried before the line comments ({@code --[[} before {@code --})
 * @param quotes          the characters that open a string (or character) literal
 * @param rawQuotes       those of {@code quotes} whose literals have no backslash escapes
 * @param doubledQuotes   those of {@code quotes} written twice inside their literal to stand for themselves
 * @param multilineStrings whether a string runs on past the end of its line (Lisp's docstrings)
 * @param tripleQuotes    whether {@code """} (and {@code '''}) opens a string to the closing triple
 * @param apostrophe      what a {@code '} that is in {@code quotes} means besides a literal
 * @param caseInsensitive whether {@code BEGIN} is the keyword {@code begin}
 * @param symbolChars     characters beyond letters, digits and {@code _} that may start and continue a word
 * @param primes          whether {@code '} may continue a word ({@code x'} in Haskell and OCaml)
 */
record SyntaxRules(Set<String> keywords, Set<String> types, List<String> lineComments,
                   List<BlockComment> blockComments, String quotes, String rawQuotes, String doubledQuotes,
                   boolean multilineStrings, boolean tripleQuotes, Apostrophe apostrophe, boolean caseInsensitive,
                   String symbolChars, boolean primes, Meta meta) {

    /** A delimited comment; {@code nests} when an inner opening needs its own close (OCaml, Haskell, Lisp). */
    record BlockComment(String open, String close, boolean nests, boolean ownLine) {
    }

    /** What a single quote is when it is not simply a string's opening. */
    enum Apostrophe {
        /** Always a literal's opening. */
        STRING,
        /** A literal only as {@code 'c'} or {@code '\n'}; else a tick before a name ({@code 'a}: lifetime, type variable). */
        CHAR_OR_TICK,
        /** An operator after a name or a closing bracket (Octave's transpose, Ada's attribute), else a literal. */
        OPERATOR_AFTER_OPERAND
    }

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
        /** {@code :keyword} and {@code &rest}; {@code #\c} is a character, {@code #'f} a function. */
        LISP,
        /** Variables ({@code X}, {@code _Rest}); {@code 0'c} is a character code. */
        PROLOG,
        /** Variables, {@code -module(...)} attributes and {@code ?MACRO}s; {@code $c} is a character. */
        ERLANG,
        /** {@code {$mode objfpc}} directives; {@code #13} is a character, {@code $FF} a number. */
        PASCAL,
        /** {@code X'First}: an attribute after a name. */
        ADA,
        NONE
    }

    private static final Map<Family, SyntaxRules> RULES = build();

    /** The rules of {@code family}; none for {@link Family#PLAIN}. */
    static Optional<SyntaxRules> of(Family family) {
        return Optional.ofNullable(RULES.get(family));
    }

    /** Whether {@code word} is a keyword, by the family's case rule. */
    boolean isKeyword(String word) {
        return keywords.contains(caseInsensitive ? word.toLowerCase(Locale.ROOT) : word);
    }

    /** Whether {@code word} is a known type or library name, by the family's case rule. */
    boolean isType(String word) {
        return types.contains(caseInsensitive ? word.toLowerCase(Locale.ROOT) : word);
    }

    /** Rules with {@code keywords} and {@code types} (space-separated) and C's defaults for the rest. */
    static Builder with(String keywords, String types) {
        return new Builder(words(keywords), words(types));
    }

    private static Set<String> words(String words) {
        return Set.of(words.trim().split("\\s+"));
    }

    /** Sets what differs from C's rules: no comments, {@code "} and {@code '} literals with backslash escapes. */
    static final class Builder {
        private final Set<String> keywords;
        private final Set<String> types;
        private List<String> lineComments = List.of();
        private final List<BlockComment> blockComments = new ArrayList<>();
        private String quotes = "\"'";
        private String rawQuotes = "";
        private String doubledQuotes = "";
        private boolean multilineStrings;
        private boolean tripleQuotes;
        private Apostrophe apostrophe = Apostrophe.STRING;
        private boolean caseInsensitive;
        private String symbolChars = "";
        private boolean primes;
        private Meta meta = Meta.NONE;

        private Builder(Set<String> keywords, Set<String> types) {
            this.keywords = keywords;
            this.types = types;
        }

        Builder lineComments(String... markers) {
            lineComments = List.of(markers);
            return this;
        }

        Builder blockComment(String open, String close) {
            blockComments.add(new BlockComment(open, close, false, false));
            return this;
        }

        Builder nestedBlockComment(String open, String close) {
            blockComments.add(new BlockComment(open, close, true, false));
            return this;
        }

        /** A block comment whose delimiters count only alone on their line (Octave's {@code %{ ... %}}). */
        Builder ownLineBlockComment(String open, String close) {
            blockComments.add(new BlockComment(open, close, true, true));
            return this;
        }

        Builder cStyleComments() {
            return lineComments("//").blockComment("/*", "*/");
        }

        /** C's comments, but a {@code /*} inside a block comment opens another (Rust, Kotlin, Scala). */
        Builder nestedCStyleComments() {
            return lineComments("//").nestedBlockComment("/*", "*/");
        }

        Builder quotes(String chars) {
            quotes = chars;
            return this;
        }

        Builder rawQuotes(String chars) {
            rawQuotes = chars;
            return this;
        }

        Builder doubledQuotes(String chars) {
            doubledQuotes = chars;
            return this;
        }

        Builder multilineStrings() {
            multilineStrings = true;
            return this;
        }

        Builder tripleQuotes() {
            tripleQuotes = true;
            return this;
        }

        Builder apostrophe(Apostrophe rule) {
            apostrophe = rule;
            return this;
        }

        /** Keywords and types are matched whatever their case; they are given here in lower case. */
        Builder caseInsensitive() {
            caseInsensitive = true;
            return this;
        }

        Builder symbolChars(String chars) {
            symbolChars = chars;
            return this;
        }

        Builder primes() {
            primes = true;
            return this;
        }

        Builder meta(Meta kind) {
            meta = kind;
            return this;
        }

        SyntaxRules build() {
            Set<String> keys = caseInsensitive ? lower(keywords) : keywords;
            Set<String> names = caseInsensitive ? lower(types) : types;
            return new SyntaxRules(keys, names, lineComments, List.copyOf(blockComments), quotes, rawQuotes,
                    doubledQuotes, multilineStrings, tripleQuotes, apostrophe, caseInsensitive, symbolChars, primes,
                    meta);
        }

        private static Set<String> lower(Set<String> words) {
            return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    private static Map<Family, SyntaxRules> build() {
        Map<Family, SyntaxRules> rules = new EnumMap<>(Family.class);
        rules.put(Family.PYTHON, with(
                "False None True and as assert async await break class continue def del elif else except "
                        + "finally for from global if import in is lambda nonlocal not or pass raise return try while "
                        + "with yield match case",
                "int float str bool list dict set tuple bytes range len print input open map filter zip "
                        + "enumerate sorted reversed sum min max abs self")
                .lineComments("#").tripleQuotes().meta(Meta.ANNOTATIONS).build());
        rules.put(Family.JAVA, with(
                "abstract assert break case catch class const continue default do else enum extends final "
                        + "finally for goto if implements import instanceof interface native new package private "
                        + "protected public return static strictfp super switch synchronized this throw throws "
                        + "transient try void volatile while var record yield sealed permits true false null",
                "boolean byte char short int long float double String Object Integer Long Double List Map "
                        + "Set ArrayList HashMap HashSet Scanner System Math StringBuilder")
                .cStyleComments().tripleQuotes().meta(Meta.ANNOTATIONS).build());
        String cKeywords = "auto break case const continue default do else enum extern for goto if inline register "
                + "restrict return sizeof static struct switch typedef union volatile while NULL true false";
        String cTypes = "void char short int long float double signed unsigned bool size_t FILE int8_t int16_t "
                + "int32_t int64_t uint8_t uint16_t uint32_t uint64_t";
        rules.put(Family.C, with(cKeywords, cTypes).cStyleComments().meta(Meta.PREPROCESSOR).build());
        rules.put(Family.CPP, with(
                cKeywords + " alignas alignof and or not catch class constexpr consteval decltype delete "
                        + "explicit export friend mutable namespace new noexcept nullptr operator override private "
                        + "protected public template this throw try typename using virtual final co_await co_return",
                cTypes + " std string vector map set unordered_map unordered_set pair auto cin cout endl")
                .cStyleComments().meta(Meta.PREPROCESSOR).build());
        String jsKeywords = "async await break case catch class const continue debugger default delete do else export "
                + "extends finally for function if import in instanceof let new of return static super "
                + "switch this throw try typeof var void while with yield true false null undefined";
        String jsTypes = "console require process Math Number String Array Object Map Set JSON BigInt parseInt "
                + "parseFloat";
        // JavaScript's `templates` span lines and have escapes.
        rules.put(Family.JAVASCRIPT, with(jsKeywords, jsTypes).cStyleComments().quotes("\"'`").build());
        rules.put(Family.TYPESCRIPT, with(
                jsKeywords + " abstract as declare enum implements interface keyof namespace private protected "
                        + "public readonly type infer is satisfies",
                jsTypes + " number string boolean any unknown never object bigint symbol Buffer Record Partial "
                        + "Readonly Promise")
                .cStyleComments().quotes("\"'`").meta(Meta.ANNOTATIONS).build());
        rules.put(Family.KOTLIN, with(
                "as break class continue do else false for fun if in interface is null object package return "
                        + "super this throw true try typealias val var when while by catch constructor finally get "
                        + "import init set where abstract annotation companion const data enum final infix inline "
                        + "inner internal lateinit open operator out override private protected public sealed "
                        + "suspend tailrec vararg",
                "Int Long Short Byte Double Float Boolean Char String Unit Any Nothing Array IntArray LongArray "
                        + "List MutableList Map MutableMap Set MutableSet ArrayList HashMap HashSet println print "
                        + "readLine readln")
                .nestedCStyleComments().tripleQuotes().meta(Meta.ANNOTATIONS).build());
        rules.put(Family.SCALA, with(
                "abstract case catch class def do else enum export extends extension false final finally for "
                        + "given if implicit import lazy match new null object override package private protected "
                        + "return sealed super then this throw trait true try type using val var while with yield",
                "Int Long Short Byte Double Float Boolean Char String Unit Any AnyRef Nothing Array List Vector "
                        + "Map Set Seq Option Some None StdIn println print math")
                .nestedCStyleComments().tripleQuotes().meta(Meta.ANNOTATIONS).build());
        // Go's and D's `raw strings` have no escapes.
        rules.put(Family.GO, with(
                "break case chan const continue default defer else fallthrough for func go goto if import "
                        + "interface map package range return select struct switch type var true false nil iota",
                "bool byte rune string error int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 "
                        + "float32 float64 complex64 complex128 append cap len make new panic print println fmt")
                .cStyleComments().quotes("\"'`").rawQuotes("`").build());
        rules.put(Family.RUST, with(
                "as async await break const continue crate dyn else enum extern false fn for if impl in let "
                        + "loop match mod move mut pub ref return self Self static struct super trait true type "
                        + "unsafe use where while",
                "i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str String Vec "
                        + "Option Some None Result Ok Err Box HashMap")
                .nestedCStyleComments().apostrophe(Apostrophe.CHAR_OR_TICK).meta(Meta.RUST).build());
        // A shell's '...' has no escapes.
        rules.put(Family.SHELL, with(
                "if then else elif fi for while until do done case esac in function return local export "
                        + "readonly declare break continue exit select time",
                "echo read printf cd test let shift set unset source eval exec true false")
                .lineComments("#").rawQuotes("'").meta(Meta.SHELL).build());
        rules.put(Family.CSHARP, with(
                "abstract as base break case catch checked class const continue default delegate do else enum "
                        + "event explicit extern false finally fixed for foreach goto if implicit in interface internal "
                        + "is lock namespace new null operator out override params private protected public readonly "
                        + "ref return sealed sizeof static struct switch this throw true try typeof unchecked unsafe "
                        + "using var virtual void volatile while async await yield record",
                "bool byte char decimal double float int long object sbyte short string uint ulong ushort "
                        + "Console Math String List Dictionary HashSet StringBuilder")
                .cStyleComments().meta(Meta.ANNOTATIONS).build());
        rules.put(Family.D, with(
                "abstract alias align assert auto body break case cast catch class const continue debug default "
                        + "delegate do else enum export extern false final finally for foreach foreach_reverse "
                        + "function goto if immutable import in inout interface is lazy module new nothrow null out "
                        + "override package private protected public pure ref return scope shared static struct super "
                        + "switch synchronized template this throw true try typeof union unittest version while with",
                "bool byte ubyte short ushort int uint long ulong float double real char wchar dchar string "
                        + "void size_t writeln writefln readln stdin stdout")
                .cStyleComments().quotes("\"'`").rawQuotes("`").meta(Meta.ANNOTATIONS).build());
        rules.put(Family.RUBY, with(
                "BEGIN END alias and begin break case class def defined? do else elsif end ensure false for if "
                        + "in module next nil not or redo rescue retry return self super then true undef unless until "
                        + "when while yield",
                "puts print gets p require attr_accessor Integer Float String Array Hash STDIN")
                .lineComments("#").build());
        rules.put(Family.PERL, with(
                "my our local sub if elsif else unless while until for foreach last next redo return use no "
                        + "package require do eval and or not eq ne lt gt le ge cmp",
                "print printf say chomp split join push pop shift unshift keys values scalar length die "
                        + "STDIN STDOUT")
                .lineComments("#").meta(Meta.SHELL).build());
        rules.put(Family.PHP, with(
                "abstract and array as break case catch class clone const continue declare default do echo else "
                        + "elseif empty enddeclare endfor endforeach endif endswitch endwhile extends final finally "
                        + "fn for foreach function global if implements include instanceof interface isset list "
                        + "match namespace new or print private protected public readonly require return static switch "
                        + "throw trait try unset use var while xor yield true false null",
                "int float string bool void mixed STDIN fgets trim explode implode intval count strlen")
                .cStyleComments().meta(Meta.SHELL).build());
        rules.put(Family.LUA, with(
                "and break do else elseif end false for function goto if in local nil not or repeat return then "
                        + "true until while",
                "print io string table math tonumber tostring ipairs pairs require")
                .blockComment("--[[", "]]").lineComments("--").build());
        rules.put(Family.HASKELL, with(
                "case class data default deriving do else foreign if import in infix infixl infixr instance let "
                        + "module newtype of then type where",
                "Int Integer Double Float Bool Char String IO Maybe Just Nothing Either Left Right main "
                        + "getLine getContents putStrLn print read show map filter foldr foldl words unwords lines")
                .nestedBlockComment("{-", "-}").lineComments("--").primes().build());
        rules.put(Family.R, with(
                "if else repeat while function for in next break TRUE FALSE NULL Inf NaN NA return",
                "cat print paste scan file readLines stdin length sum c list vector matrix numeric character "
                        + "library")
                .lineComments("#").build());
        addMlAndLispFamilies(rules);
        addWirthFamilies(rules);
        addLogicAndNumericFamilies(rules);
        return Map.copyOf(rules);
    }

    private static void addMlAndLispFamilies(Map<Family, SyntaxRules> rules) {
        // No line comment before OCaml 5; 'a is a type variable, 'a' a character.
        rules.put(Family.OCAML, with(
                "and as assert begin class constraint do done downto else end exception external false for fun "
                        + "function functor if in include inherit initializer lazy let match method module mutable "
                        + "new nonrec object of open or private rec sig struct then to true try type val virtual "
                        + "when while with land lor lxor lsl lsr asr mod not ref",
                "int float bool char string unit list array option Some None Printf Scanf List Array String "
                        + "Hashtbl Buffer print_string print_int print_endline print_newline read_line "
                        + "read_int int_of_string string_of_int float_of_int")
                .nestedBlockComment("(*", "*)").quotes("\"'").apostrophe(Apostrophe.CHAR_OR_TICK).primes().build());
        // ' is the quote operator, never a literal; symbols hold -*+ and more.
        rules.put(Family.LISP, with(
                "defun defvar defparameter defconstant defmacro defstruct defclass defmethod defgeneric lambda let "
                        + "let* flet labels if when unless cond case ecase typecase and or not progn prog1 block "
                        + "return return-from loop do do* dolist dotimes for in from to below by collect sum while "
                        + "until finally setf setq incf decf push pop multiple-value-bind destructuring-bind "
                        + "handler-case unwind-protect declare the quote function t nil "
                        + "&optional &rest &key &body &aux",
                "format read read-line write write-line write-string princ prin1 print terpri car cdr cons list "
                        + "append length reverse mapcar reduce apply funcall parse-integer make-array aref gethash "
                        + "make-hash-table string vector integer *standard-input* *standard-output*")
                .lineComments(";").nestedBlockComment("#|", "|#").quotes("\"").multilineStrings()
                .caseInsensitive().symbolChars("*+-/<>=!?&%").meta(Meta.LISP).build());
    }

    private static void addWirthFamilies(Map<Family, SyntaxRules> rules) {
        // Pascal's '...' has no escapes: '' is a quote; " is no string delimiter.
        rules.put(Family.PASCAL, with(
                "and array as begin break case const constructor continue destructor div do downto else end "
                        + "except exit file finally for function goto if implementation in inherited "
                        + "initialization interface is label mod nil not object of on or out packed procedure "
                        + "program property raise record repeat set shl shr string then to try type unit until uses "
                        + "var while with xor true false",
                "integer int64 longint cardinal qword word byte shortint smallint real double extended single "
                        + "boolean char ansistring writeln write readln read length inc dec high low ord chr")
                .lineComments("//").blockComment("{", "}").blockComment("(*", "*)").quotes("'").rawQuotes("'")
                .doubledQuotes("'").caseInsensitive().meta(Meta.PASCAL).build());
        rules.put(Family.ADA, with(
                "abort abs abstract accept access aliased all and array at begin body case constant declare delay "
                        + "delta digits do else elsif end entry exception exit for function generic goto if in "
                        + "interface is limited loop mod new not null of or others out overriding package pragma "
                        + "private procedure protected raise range record rem renames requeue return reverse select "
                        + "separate some subtype synchronized tagged task terminate then type until use when while "
                        + "with xor true false",
                "integer natural positive float long_integer long_float boolean character string duration put "
                        + "put_line get get_line new_line ada text_io integer_text_io float_text_io")
                .lineComments("--").rawQuotes("\"'").doubledQuotes("\"")
                .apostrophe(Apostrophe.OPERATOR_AFTER_OPERAND).caseInsensitive().meta(Meta.ADA).build());
        rules.put(Family.FORTRAN, with(
                "program end subroutine function module use contains call if then else elseif endif do enddo "
                        + "while select case default read write print open close allocate deallocate return stop "
                        + "intent in out inout parameter dimension allocatable implicit none true false and or not "
                        + "eqv neqv type interface result recursive pure elemental exit cycle where forall format "
                        + "only save data go to",
                "integer real double precision complex logical character kind len size sum product maxval minval "
                        + "abs mod sqrt trim adjustl huge tiny")
                .lineComments("!").rawQuotes("\"'").doubledQuotes("\"'").caseInsensitive().build());
    }

    private static void addLogicAndNumericFamilies(Map<Family, SyntaxRules> rules) {
        // '...' is a quoted atom, shown as a string.
        rules.put(Family.PROLOG, with(
                "is mod rem div xor rdiv not true fail false halt catch throw once forall findall bagof setof",
                "write writeln print nl format read read_term read_string split_string atom_codes atom_chars "
                        + "atom_length atom_string number_codes atom_number number_string string_concat "
                        + "atomic_list_concat length append member memberchk msort sort nth0 nth1 between succ "
                        + "plus maplist foldl include exclude assert asserta assertz retract user_input user_output")
                .lineComments("%").blockComment("/*", "*/").doubledQuotes("'").meta(Meta.PROLOG).build());
        // '...' is a quoted atom, shown as a string.
        rules.put(Family.ERLANG, with(
                "after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not of "
                        + "or orelse receive rem try when xor",
                "io lists maps string erlang format fread fwrite get_line map foldl filter seq reverse sort "
                        + "length hd tl element self spawn integer_to_list list_to_integer binary_to_list ok error "
                        + "true false undefined")
                .lineComments("%").meta(Meta.ERLANG).build());
        // ' after an operand is the transpose; '...' has no escapes, '' is a quote.
        rules.put(Family.OCTAVE, with(
                "break case catch continue do else elseif end end_try_catch end_unwind_protect endfor endfunction "
                        + "endif endswitch endwhile for function global if otherwise persistent return switch try "
                        + "until unwind_protect while true false",
                "disp printf fprintf scanf fscanf sscanf input fgetl stdin stdout zeros ones numel size length "
                        + "sum max min abs floor mod num2str str2num sprintf strsplit")
                .ownLineBlockComment("%{", "%}").ownLineBlockComment("#{", "#}").lineComments("%", "#")
                .rawQuotes("'").doubledQuotes("'\"").apostrophe(Apostrophe.OPERATOR_AFTER_OPERAND).build());
    }
}
