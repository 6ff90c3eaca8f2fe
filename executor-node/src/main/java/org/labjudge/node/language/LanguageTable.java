package org.labjudge.node.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The languages a node knows: the one list the whole product reads (clients learn it from
 * {@code GET /api/v1/languages}). Adding one is an entry here plus a Dockerfile under
 * installers/images/&lt;id&gt;/. Commands follow the Kattis problem tools' language table where it
 * has the language (DOMjudge's defaults otherwise), with {@code main.<ext>} as the file; an
 * extension means the first language listing it. docs/languages.md lists every command.
 */
public final class LanguageTable {
    private final Map<String, Language> byId = new LinkedHashMap<>();

    public LanguageTable(List<Language> languages) {
        Map<String, String> extensionOwners = new HashMap<>();
        for (Language language : languages) {
            if (byId.putIfAbsent(language.id(), language) != null) {
                throw new IllegalArgumentException("language " + language.id() + " is listed twice");
            }
            for (String extension : language.extensions()) {
                String owner = extensionOwners.putIfAbsent(extension, language.id());
                if (owner != null) {
                    throw new IllegalArgumentException("." + extension + " is both " + owner + " and "
                            + language.id());
                }
            }
        }
    }

    /** This table with {@code more} languages after its own. */
    public LanguageTable with(Language... more) {
        List<Language> all = new ArrayList<>(byId.values());
        all.addAll(List.of(more));
        return new LanguageTable(all);
    }

    /**
     * The languages of {@code ids} in this table's order, or all of them when {@code ids} is empty: what a node
     * whose config chooses its languages offers.
     *
     * @throws IllegalArgumentException naming every id this table does not have
     */
    public LanguageTable only(List<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        List<String> unknown = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown language(s) " + unknown + " (known: "
                    + String.join(", ", byId.keySet()) + ")");
        }
        return new LanguageTable(byId.values().stream().filter(l -> ids.contains(l.id())).toList());
    }

    /** Every language LabJudge ships an image for. */
    public static LanguageTable defaults() {
        return new LanguageTable(List.of(
                Language.builder("python", "Python 3").extensions("py", "py3")
                        .check("python3", "-m", "py_compile", "{files}")
                        .entry(PYTHON_ENTRY)
                        .run("python3", "-B", "{file}")
                        .environment(Map.of("PYTHONDONTWRITEBYTECODE", "1"))
                        .memoryErrors("MemoryError")
                        .template("""
                                import sys


                                def main():
                                    data = sys.stdin.read().split()
                                    # Solve the problem here.
                                    print(" ".join(data))


                                main()
                                """)
                        .build(),
                Language.builder("java", "Java 17").extensions("java").sourceFile("Main.java")
                        .compile(jvmCompiler("javac", "javac.jsa", "-encoding", "UTF-8", "-d", ".", "{files}"))
                        .run(jvmProgram(".", "{main}"))
                        .entry(JAVA_ENTRY)
                        .namedAfterPublicClass()
                        .memoryErrors("java.lang.OutOfMemoryError")
                        .template("""
                                import java.io.BufferedReader;
                                import java.io.IOException;
                                import java.io.InputStreamReader;

                                public class Main {
                                    public static void main(String[] args) throws IOException {
                                        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                                        String line = in.readLine();
                                        // Solve the problem here.
                                        System.out.println(line);
                                    }
                                }
                                """)
                        .build(),
                Language.builder("c", "C (GCC)").extensions("c")
                        .compile("gcc", "-O2", "-std=gnu17", "-pipe", "-o", "main", "{files}", "-lm")
                        .headers("h")
                        .entry(C_ENTRY)
                        .run("./main")
                        .template("""
                                #include <stdio.h>

                                int main(void) {
                                    int n;
                                    if (scanf("%d", &n) != 1) {
                                        return 1;
                                    }
                                    /* Solve the problem here. */
                                    printf("%d\\n", n);
                                    return 0;
                                }
                                """)
                        .build(),
                Language.builder("cpp", "C++ (G++)").extensions("cpp", "cc", "cxx", "c++", "C")
                        .compile("g++", "-O2", "-std=gnu++17", "-pipe", "-o", "main", "{files}")
                        .headers("h", "hpp", "hh", "hxx", "h++", "H")
                        .entry(C_ENTRY)
                        .run("./main")
                        .memoryErrors("std::bad_alloc")
                        .template("""
                                #include <iostream>
                                #include <string>

                                int main() {
                                    std::ios::sync_with_stdio(false);
                                    std::string word;
                                    while (std::cin >> word) {
                                        // Solve the problem here.
                                        std::cout << word << '\\n';
                                    }
                                    return 0;
                                }
                                """)
                        .build(),
                Language.builder("javascript", "JavaScript (Node.js)").extensions("js")
                        .check("node", "--check", "{file}")
                        .run("node", "{file}")
                        .memoryErrors("JavaScript heap out of memory")
                        .template("""
                                const input = require("fs").readFileSync(0, "utf8").trim().split(/\\s+/);
                                // Solve the problem here.
                                console.log(input.join(" "));
                                """)
                        .build(),
                Language.builder("go", "Go").extensions("go")
                        .compile("go", "build", "-o", "main", "{files}")
                        .entry(GO_ENTRY)
                        .run("./main")
                        .environment(Map.of("GOCACHE", "/tmp/go-cache", "GOPATH", "/tmp/go", "GO111MODULE", "off",
                                "CGO_ENABLED", "0"))
                        .template("package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n"
                                + "\tin := bufio.NewReader(os.Stdin)\n\tvar n int\n\tfmt.Fscan(in, &n)\n"
                                + "\t// Solve the problem here.\n\tfmt.Println(n)\n}\n")
                        .build(),
                // As Kattis, edition 2021 (rustc's default is 2015) at opt-level 3; not target-cpu=native (see
                // docs/languages.md).
                Language.builder("rust", "Rust").extensions("rs")
                        .compile("rustc", "-C", "opt-level=3", "--crate-type", "bin", "--edition", "2021", "-o", "main",
                                "{file}")
                        .run("./main")
                        .entry(RUST_ENTRY)
                        .memoryErrors("memory allocation of")
                        .template("""
                                use std::io::{self, Read};

                                fn main() {
                                    let mut input = String::new();
                                    io::stdin().read_to_string(&mut input).unwrap();
                                    let words: Vec<&str> = input.split_whitespace().collect();
                                    // Solve the problem here.
                                    println!("{}", words.join(" "));
                                }
                                """)
                        .build(),
                Language.builder("bash", "Bash").extensions("sh", "bash")
                        .check("bash", "-n", "{file}")
                        .run("bash", "{file}")
                        .template("""
                                #!/usr/bin/env bash
                                while read -r line; do
                                  # Solve the problem here.
                                  echo "$line"
                                done
                                """)
                        .build(),
                // .py is CPython's (listed first); PyPy is chosen by id.
                Language.builder("pypy3", "Python 3 (PyPy)").sourceFile("main.py")
                        .check("pypy3", "-m", "py_compile", "{files}")
                        .entry(PYTHON_ENTRY)
                        .run("pypy3", "{file}")
                        .environment(Map.of("PYTHONDONTWRITEBYTECODE", "1"))
                        .memoryErrors("MemoryError")
                        .template("""
                                import sys

                                data = sys.stdin.read().split()
                                # Solve the problem here.
                                print(" ".join(data))
                                """)
                        .build(),
                Language.builder("ruby", "Ruby").extensions("rb")
                        .check("ruby", "-c", "{file}")
                        .run("ruby", "{file}")
                        .memoryErrors("NoMemoryError")
                        .template("""
                                words = $stdin.read.split
                                # Solve the problem here.
                                puts words.join(" ")
                                """)
                        .build(),
                // memory_limit=-1: the sandbox's limit decides, so running out is MEMORY_LIMIT_EXCEEDED.
                Language.builder("php", "PHP").extensions("php")
                        .check("php", "-n", "-d", "display_errors=stderr", "-d", "html_errors=0", "-l", "{file}")
                        .run("php", "-n", "-d", "display_errors=stderr", "-d", "html_errors=0",
                                "-d", "memory_limit=-1", "-f", "{file}")
                        .memoryErrors("Allowed memory size of")
                        .template("""
                                <?php
                                $words = preg_split('/\\s+/', trim(stream_get_contents(STDIN)));
                                // Solve the problem here.
                                echo implode(" ", $words), "\\n";
                                """)
                        .build(),
                // .pl is Prolog, as on Kattis; Perl files are .perl or chosen by id.
                Language.builder("perl", "Perl").extensions("perl", "pm")
                        .check("perl", "-c", "{file}")
                        .run("perl", "{file}")
                        .memoryErrors("Out of memory")
                        .template("""
                                use strict;
                                use warnings;

                                my @words = split ' ', do { local $/; <STDIN> // '' };
                                # Solve the problem here.
                                print join(' ', @words), "\\n";
                                """)
                        .build(),
                Language.builder("lua", "Lua").extensions("lua")
                        .check("luac5.4", "-p", "{file}")
                        .run("lua5.4", "{file}")
                        .memoryErrors("not enough memory")
                        .template("""
                                local words = {}
                                for word in io.read("a"):gmatch("%S+") do
                                  words[#words + 1] = word
                                end
                                -- Solve the problem here.
                                print(table.concat(words, " "))
                                """)
                        .build(),
                Language.builder("pascal", "Pascal (Free Pascal)").extensions("pas", "p")
                        .compile("fpc", "-O2", "-XS", "-Xt", "-omain", "{file}")
                        .run("./main")
                        .memoryErrors("Runtime error 203")
                        .template("""
                                program Main;
                                var
                                  n: Int64;
                                begin
                                  ReadLn(n);
                                  { Solve the problem here. }
                                  WriteLn(n);
                                end.
                                """)
                        .build(),
                Language.builder("fortran", "Fortran (GFortran)").extensions("f90", "f95", "f")
                        .compile("gfortran", "-O2", "-o", "main", "{files}")
                        .entry(ALL_SOURCES_NAMED_ENTRY)
                        .run("./main")
                        .memoryErrors("Allocation would exceed memory limit")
                        .template("""
                                program main
                                  implicit none
                                  integer :: n
                                  read (*, *) n
                                  ! Solve the problem here.
                                  print '(i0)', n
                                end program main
                                """)
                        .build(),
                Language.builder("haskell", "Haskell (GHC)").extensions("hs")
                        .compile("ghc", "-O2", "-ferror-spans", "-threaded", "-rtsopts", "-o", "main", "{file}")
                        .run("./main")
                        .memoryErrors("out of memory", "Heap exhausted")
                        .template("""
                                main :: IO ()
                                main = do
                                  input <- getContents
                                  let ws = words input
                                  -- Solve the problem here.
                                  putStrLn (unwords ws)
                                """)
                        .build(),
                Language.builder("ocaml", "OCaml").extensions("ml")
                        .compile("ocamlopt", "-o", "main", "unix.cmxa", "str.cmxa", "{files}")
                        .entry(ALL_SOURCES_NAMED_ENTRY)
                        .run("./main")
                        .memoryErrors("Out_of_memory")
                        .template("""
                                let () =
                                  let n = Scanf.scanf " %d" (fun x -> x) in
                                  (* Solve the problem here. *)
                                  Printf.printf "%d\\n" n
                                """)
                        .build(),
                // As Kattis: compile-file checks the program (a failure is COMPILATION_ERROR); the run loads the source.
                Language.builder("lisp", "Common Lisp (SBCL)").extensions("lisp", "cl")
                        .check("sbcl", "--noinform", "--noprint", "--non-interactive", "--eval",
                                "(if (equal (compile-file \"{file}\") nil) (sb-ext:exit :code 43) ())")
                        .run("sbcl", "--noinform", "--non-interactive", "--load", "{file}")
                        .memoryErrors("Heap exhausted")
                        .template("""
                                (let ((n (read)))
                                  ;; Solve the problem here.
                                  (format t "~a~%" n))
                                """)
                        .build(),
                // As Kattis: the program defines main/0, compiled into a saved state.
                Language.builder("prolog", "Prolog (SWI-Prolog)").extensions("pl")
                        .compile("swipl", "-O", "-q", "-g", "main", "-t", "halt", "-o", "main", "-c", "{file}")
                        .run("./main")
                        .template("""
                                main :-
                                    read_string(user_input, _, Input),
                                    split_string(Input, " \\n", " \\n", Parts),
                                    exclude(==(""), Parts, Words),
                                    % Solve the problem here.
                                    atomic_list_concat(Words, ' ', Line),
                                    format("~w~n", [Line]).
                                """)
                        .build(),
                Language.builder("csharp", "C# (Mono)").extensions("cs")
                        .compile("mcs", "-out:main.exe", "-optimize+", "-r:System.Numerics", "{files}")
                        .entry(CSHARP_ENTRY)
                        .run("mono", "main.exe")
                        .memoryErrors("OutOfMemoryException")
                        .template("""
                                using System;

                                public class Program
                                {
                                    public static void Main()
                                    {
                                        string[] words = Console.In.ReadToEnd()
                                            .Split((char[]) null, StringSplitOptions.RemoveEmptyEntries);
                                        // Solve the problem here.
                                        Console.WriteLine(string.Join(" ", words));
                                    }
                                }
                                """)
                        .build(),
                Language.builder("r", "R").extensions("R", "r")
                        .check("Rscript", "-e", "invisible(parse(file = \"{file}\"))")
                        .run("Rscript", "{file}")
                        .memoryErrors("cannot allocate vector")
                        .template("""
                                words <- scan(file("stdin"), what = character(), quiet = TRUE)
                                # Solve the problem here.
                                cat(paste(words, collapse = " "), "\\n", sep = "")
                                """)
                        .build(),
                // __parse_file__ parses the script without running it: a syntax error is COMPILATION_ERROR.
                Language.builder("octave", "Octave").extensions("m")
                        .check("octave-cli", "--no-gui", "--no-history", "--no-init-file", "--no-site-file", "-q",
                                "-W", "--eval", "__parse_file__(\"{file}\")")
                        .run("octave-cli", "--no-gui", "--no-history", "--no-init-file", "--no-site-file", "-q", "-W",
                                "{file}")
                        .memoryErrors("out of memory or dimension too large")
                        .template("""
                                n = fscanf(stdin, "%d", 1);
                                % Solve the problem here.
                                printf("%d\\n", n);
                                """)
                        .build(),
                // The main procedure is Main, in main.adb.
                Language.builder("ada", "Ada (GNAT)").extensions("adb")
                        .compile("gnatmake", "-q", "-O2", "{file}", "-o", "main")
                        .run("./main")
                        .memoryErrors("STORAGE_ERROR")
                        .template("""
                                with Ada.Text_IO;         use Ada.Text_IO;
                                with Ada.Integer_Text_IO; use Ada.Integer_Text_IO;

                                procedure Main is
                                   N : Integer;
                                begin
                                   Get (N);
                                   --  Solve the problem here.
                                   Put (N, Width => 0);
                                   New_Line;
                                end Main;
                                """)
                        .build(),
                Language.builder("d", "D (GDC)").extensions("d")
                        .compile("gdc", "-O2", "-o", "main", "{files}")
                        .entry(ALL_SOURCES_NAMED_ENTRY)
                        .run("./main")
                        .memoryErrors("OutOfMemoryError")
                        .template("""
                                import std.stdio;

                                void main()
                                {
                                    foreach (line; stdin.byLine)
                                    {
                                        // Solve the problem here.
                                        writeln(line);
                                    }
                                }
                                """)
                        .build(),
                // The main file's module (main) exports main/0.
                Language.builder("erlang", "Erlang").extensions("erl")
                        .compile("erlc", "{files}")
                        .run("erl", "-noshell", "-s", "{main}", "main", "-s", "init", "stop")
                        .entry(ALL_SOURCES_NAMED_ENTRY)
                        .memoryErrors("Cannot allocate")
                        .template("""
                                -module(main).
                                -export([main/0]).

                                main() ->
                                    {ok, [N]} = io:fread("", "~d"),
                                    % Solve the problem here.
                                    io:format("~w~n", [N]).
                                """)
                        .build(),
                // As Kattis: main.kt's top-level main is the class MainKt. The compiler is Maven Central's.
                Language.builder("kotlin", "Kotlin").extensions("kt")
                        .compile(jvmCompiler("kotlinc", "kotlinc.jsa", "-d", ".", "{files}"))
                        .run(jvmProgram(".:/usr/local/lib/kotlin/lib/kotlin-stdlib.jar", "{main}"))
                        .entry(KOTLIN_ENTRY)
                        .memoryErrors("java.lang.OutOfMemoryError")
                        .template("""
                                fun main() {
                                    val words = generateSequence(::readlnOrNull).flatMap { it.split(" ") }
                                        .filter { it.isNotEmpty() }.toList()
                                    // Solve the problem here.
                                    println(words.joinToString(" "))
                                }
                                """)
                        .build(),
                // The program is the object Main (Kattis names the class after the file: Main.scala).
                Language.builder("scala", "Scala 3").extensions("scala", "sc").sourceFile("Main.scala")
                        .compile(jvmCompiler("scalac", "scalac.jsa", "-encoding", "UTF-8", "-d", ".", "{files}"))
                        .run(jvmProgram(".:/usr/local/lib/scala3/lib/scala3-library_3.jar:"
                                + "/usr/local/lib/scala3/lib/scala-library.jar", "{main}"))
                        .entry(SCALA_ENTRY)
                        .memoryErrors("java.lang.OutOfMemoryError")
                        .template("""
                                import scala.io.StdIn

                                object Main:
                                  def main(args: Array[String]): Unit =
                                    val words = Iterator.continually(StdIn.readLine()).takeWhile(_ != null)
                                      .flatMap(_.split(" ")).filter(_.nonEmpty).toList
                                    // Solve the problem here.
                                    println(words.mkString(" "))
                                """)
                        .build(),
                // tsc type-checks (an error is COMPILATION_ERROR) and writes main.js, which Node.js runs. The
                // image's Node.js types are the only ones: require("fs") and process type-check, the DOM's do not.
                Language.builder("typescript", "TypeScript").extensions("ts")
                        .compile("tsc", "--target", "es2022", "--lib", "es2022", "--module", "commonjs",
                                "--types", "node", "--typeRoots", "/usr/local/lib/typescript/node_modules/@types",
                                "--skipLibCheck", "--noEmitOnError", "--pretty", "false", "{file}")
                        .run("node", "{main}.js")
                        .memoryErrors("JavaScript heap out of memory")
                        .template("""
                                import * as fs from "fs";

                                const words: string[] = fs.readFileSync(0, "utf8").split(/\\s+/).filter((w) => w);
                                // Solve the problem here.
                                console.log(words.join(" "));
                                """)
                        .build()));
    }

    private static final Pattern JAVA_MAIN = Pattern.compile("\\bstatic\\s+(?:final\\s+)?void\\s+main\\s*\\(");
    private static final Pattern C_MAIN = Pattern.compile("\\bmain\\s*\\(");
    private static final Pattern CSHARP_MAIN = Pattern.compile("\\bstatic\\s+(?:async\\s+)?\\w+\\s+Main\\s*\\(");
    private static final Pattern KOTLIN_MAIN = Pattern.compile("(?m)^\\s*fun\\s+main\\s*\\(");
    private static final Pattern SCALA_MAIN = Pattern.compile("\\bdef\\s+main\\s*\\(");
    private static final Pattern SCALA_OBJECT = Pattern.compile("\\bobject\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
    // One instance of each rule, so two tables built from defaults() hold equal languages.
    private static final EntryRule PYTHON_ENTRY = new PythonEntry();
    private static final EntryRule JAVA_ENTRY = new MainMethodEntry(JAVA_MAIN, "class",
            (file, code) -> SourceNames.base(file));
    private static final EntryRule KOTLIN_ENTRY = new MainMethodEntry(KOTLIN_MAIN, "file",
            (file, code) -> kotlinClass(file));
    private static final EntryRule SCALA_ENTRY = new MainMethodEntry(SCALA_MAIN, "object", LanguageTable::scalaObject);
    private static final EntryRule C_ENTRY = new AllSourcesEntry(C_MAIN);
    private static final EntryRule CSHARP_ENTRY = new AllSourcesEntry(CSHARP_MAIN);
    private static final EntryRule GO_ENTRY = new GoEntry();
    private static final EntryRule RUST_ENTRY = new RustEntry();
    private static final EntryRule ALL_SOURCES_NAMED_ENTRY = new NamedEntry(true);

    /** The class kotlinc makes of a file's top-level functions: {@code main.kt} is {@code MainKt}. */
    static String kotlinClass(String file) {
        String base = SourceNames.base(file).replaceAll("[^A-Za-z0-9_$]", "_");
        return Character.toUpperCase(base.charAt(0)) + base.substring(1) + "Kt";
    }

    /** The object whose main method {@code code} declares: the last object opened before it, else the file's name. */
    static String scalaObject(String file, String code) {
        Matcher main = SCALA_MAIN.matcher(code);
        int end = main.find() ? main.start() : code.length();
        Matcher object = SCALA_OBJECT.matcher(code.substring(0, end));
        String name = SourceNames.base(file);
        while (object.find()) {
            name = object.group(1);
        }
        return name;
    }

    // A compile is short: the client compiler alone and the image's archive of the compiler's classes
    // (made with these flags at image build, see installers/images/java/Dockerfile) take about half its time
    // off. The launchers (javac, and the images' kotlinc and scalac) pass -J options to the JVM.
    private static String[] jvmCompiler(String launcher, String archive, String... arguments) {
        List<String> command = new ArrayList<>(List.of(launcher, "-J-XX:-UsePerfData", "-J-XX:+UseSerialGC",
                "-J-Xss16m", "-J-XX:TieredStopAtLevel=1", "-J-XX:SharedArchiveFile=/usr/local/share/labjudge/" + archive,
                "-J-Xlog:cds*=off"));
        command.addAll(List.of(arguments));
        return command.toArray(String[]::new);
    }

    // The heap may take most of the sandbox's memory: past it, the kernel's OOM kill or the JVM's own
    // OutOfMemoryError both mean the memory limit. StackReservedPages=0: on a stack overflow the JVM otherwise
    // walks every frame for @ReservedStackAccess methods, holding ~3 bytes of native memory per byte of stack,
    // so deep recursion died as MEMORY_LIMIT_EXCEEDED (OOM kill) instead of a StackOverflowError (RUNTIME_ERROR).
    private static String[] jvmProgram(String classPath, String mainClass) {
        return new String[] {"java", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=85", "-Xss64m",
                "-XX:StackReservedPages=0", "-cp", classPath, mainClass};
    }

    public Optional<Language> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Language> all() {
        return List.copyOf(byId.values());
    }
}
