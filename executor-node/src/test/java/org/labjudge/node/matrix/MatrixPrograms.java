package org.labjudge.node.matrix;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The matrix's programs, one entry per language of the node's table: the same behaviour written in each.
 * {@code judge} reads every integer on stdin to its end (over several lines, the last without a newline) and
 * acts on their sum s: s = -1 fails at run time, s = -2 loops forever, s = -3 allocates without bound
 * (touching what it allocates), any other s is printed. {@code broken} does not compile or parse; it is
 * {@code null} for a language with no compile step and no syntax check.
 */
final class MatrixPrograms {

    record Programs(String judge, String broken) {
    }

    private MatrixPrograms() {
    }

    static final Map<String, Programs> BY_LANGUAGE = build();

    private static Map<String, Programs> build() {
        Map<String, Programs> p = new LinkedHashMap<>();
        String python = """
                import sys

                s = sum(int(w) for w in sys.stdin.read().split())
                if s == -1:
                    raise ValueError("boom")
                if s == -2:
                    while True:
                        pass
                if s == -3:
                    blocks = []
                    while True:
                        blocks.append("x" * (16 << 20))
                print(s)
                """;
        p.put("python", new Programs(python, "print(int(input())\n"));
        p.put("java", new Programs("""
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Scanner;

                public class Main {
                    public static void main(String[] args) {
                        Scanner in = new Scanner(System.in);
                        long s = 0;
                        while (in.hasNextLong()) {
                            s += in.nextLong();
                        }
                        if (s == -1) {
                            throw new IllegalStateException("boom");
                        }
                        if (s == -2) {
                            long n = 0;
                            while (true) {
                                n++;
                            }
                        }
                        if (s == -3) {
                            List<long[]> blocks = new ArrayList<>();
                            while (true) {
                                blocks.add(new long[1 << 21]);
                            }
                        }
                        System.out.println(s);
                    }
                }
                """, "public class Main {\n    public static void main(String[] a) {\n        int x = \"text\";\n    }\n}\n"));
        p.put("c", new Programs("""
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>

                int main(void) {
                    long long s = 0, x;
                    while (scanf("%lld", &x) == 1) {
                        s += x;
                    }
                    if (s == -1) {
                        volatile int *p = NULL;
                        *p = 1;
                    }
                    if (s == -2) {
                        volatile unsigned long n = 0;
                        for (;;) {
                            n++;
                        }
                    }
                    if (s == -3) {
                        for (;;) {
                            char *b = malloc(16 << 20);
                            if (b == NULL) {
                                return 4;
                            }
                            memset(b, 1, 16 << 20);
                        }
                    }
                    printf("%lld\\n", s);
                    return 0;
                }
                """, "int main(void) {\n    return undefined_name;\n}\n"));
        p.put("cpp", new Programs("""
                #include <iostream>
                #include <stdexcept>
                #include <vector>

                int main() {
                    long long s = 0, x;
                    while (std::cin >> x) {
                        s += x;
                    }
                    if (s == -1) {
                        throw std::runtime_error("boom");
                    }
                    if (s == -2) {
                        volatile unsigned long n = 0;
                        for (;;) {
                            n++;
                        }
                    }
                    if (s == -3) {
                        std::vector<std::vector<char>> blocks;
                        for (;;) {
                            blocks.emplace_back(16 << 20, 'x');
                        }
                    }
                    std::cout << s << '\\n';
                }
                """, "int main() {\n    std::string s;\n}\n"));
        p.put("javascript", new Programs("""
                const s = require("fs").readFileSync(0, "utf8").split(/\\s+/).filter(w => w)
                    .reduce((a, w) => a + Number(w), 0);
                if (s === -1) throw new Error("boom");
                if (s === -2) for (;;) {}
                if (s === -3) {
                  const blocks = [];
                  for (;;) blocks.push(Buffer.alloc(16 << 20, 1));
                }
                console.log(s);
                """, "console.log((1 + 2);\n"));
        p.put("go", new Programs("""
                package main

                import (
                	"bufio"
                	"fmt"
                	"os"
                )

                func main() {
                	in := bufio.NewReader(os.Stdin)
                	var s, x int64
                	for {
                		if _, err := fmt.Fscan(in, &x); err != nil {
                			break
                		}
                		s += x
                	}
                	if s == -1 {
                		panic("boom")
                	}
                	if s == -2 {
                		for {
                		}
                	}
                	if s == -3 {
                		var blocks [][]byte
                		for {
                			b := make([]byte, 16<<20)
                			for i := range b {
                				b[i] = 1
                			}
                			blocks = append(blocks, b)
                		}
                	}
                	fmt.Println(s)
                }
                """, "package main\n\nfunc main() {\n\tx := 1\n}\n"));
        p.put("rust", new Programs("""
                use std::io::Read;

                fn main() {
                    let mut input = String::new();
                    std::io::stdin().read_to_string(&mut input).unwrap();
                    let s: i64 = input.split_whitespace().map(|w| w.parse::<i64>().unwrap()).sum();
                    if s == -1 {
                        panic!("boom");
                    }
                    if s == -2 {
                        let mut n: u64 = 0;
                        loop {
                            unsafe { std::ptr::write_volatile(&mut n, n.wrapping_add(1)) };
                        }
                    }
                    if s == -3 {
                        let mut blocks: Vec<Vec<u8>> = Vec::new();
                        loop {
                            blocks.push(vec![1u8; 16 << 20]);
                        }
                    }
                    println!("{}", s);
                }
                """, "fn main() {\n    let x: i32 = \"text\";\n}\n"));
        p.put("bash", new Programs("""
                s=0
                while read -r line || [ -n "$line" ]; do
                  for w in $line; do
                    s=$((s + w))
                  done
                done
                if [ "$s" -eq -1 ]; then echo boom >&2; exit 3; fi
                if [ "$s" -eq -2 ]; then while :; do :; done; fi
                if [ "$s" -eq -3 ]; then x=x; while :; do x+=$x; done; fi
                echo "$s"
                """, "if true; then\n  echo 1\n"));
        p.put("pypy3", new Programs(python, "print(int(input())\n"));
        p.put("ruby", new Programs("""
                s = $stdin.read.split.map(&:to_i).sum
                raise "boom" if s == -1
                loop {} if s == -2
                if s == -3
                  blocks = []
                  loop { blocks << "x" * (16 << 20) }
                end
                puts s
                """, "puts((1 + 2)\n"));
        p.put("php", new Programs("""
                <?php
                $s = array_sum(array_map('intval', preg_split('/\\s+/', trim(stream_get_contents(STDIN)))));
                if ($s == -1) throw new Exception("boom");
                if ($s == -2) for (;;) {}
                if ($s == -3) {
                    $blocks = [];
                    for (;;) $blocks[] = str_repeat("x", 16 << 20);
                }
                echo $s, "\\n";
                """, "<?php\necho (1 + 2;\n"));
        p.put("perl", new Programs("""
                use strict;
                use warnings;

                my $s = 0;
                $s += $_ for split ' ', do { local $/; <STDIN> // '' };
                die "boom\\n" if $s == -1;
                if ($s == -2) { while (1) { } }
                if ($s == -3) { my @blocks; push @blocks, "x" x (16 << 20) while 1; }
                print "$s\\n";
                """, "print((1 + 2);\n"));
        p.put("lua", new Programs("""
                local s = 0
                for w in io.read("a"):gmatch("%S+") do s = s + tonumber(w) end
                if s == -1 then error("boom") end
                if s == -2 then while true do end end
                if s == -3 then
                  local blocks = {}
                  while true do blocks[#blocks + 1] = string.rep("x", 16 << 20) end
                end
                print(s)
                """, "print((1 + 2)\n"));
        p.put("pascal", new Programs("""
                program Main;
                var
                  s, x: Int64;
                  p: PByte;
                begin
                  s := 0;
                  while not SeekEof do
                  begin
                    Read(x);
                    s := s + x;
                  end;
                  if s = -1 then
                  begin
                    p := nil;
                    p^ := 1;
                  end;
                  if s = -2 then
                    while True do
                      x := x + 1;
                  if s = -3 then
                    while True do
                    begin
                      GetMem(p, 16 shl 20);
                      FillChar(p^, 16 shl 20, 1);
                    end;
                  WriteLn(s);
                end.
                """, "program Main;\nbegin\n  WriteLn(1 +);\nend.\n"));
        p.put("fortran", new Programs("""
                program main
                  implicit none
                  character(len=4096) :: line
                  integer(8) :: s, x
                  integer(8), volatile :: n
                  integer :: ios, i, j, last
                  real(8), pointer :: block(:)
                  s = 0
                  do
                    read (*, '(A)', iostat=ios) line
                    if (ios /= 0) exit
                    last = len_trim(line)
                    i = 1
                    do while (i <= last)
                      if (line(i:i) == ' ') then
                        i = i + 1
                      else
                        j = i
                        do while (j <= last)
                          if (line(j:j) == ' ') exit
                          j = j + 1
                        end do
                        read (line(i:j-1), *) x
                        s = s + x
                        i = j
                      end if
                    end do
                  end do
                  if (s == -1) error stop 'boom'
                  if (s == -2) then
                    n = 0
                    do
                      n = n + 1
                    end do
                  end if
                  if (s == -3) then
                    do
                      allocate (block(2097152))
                      block = 1.0d0
                    end do
                  end if
                  print '(i0)', s
                end program main
                """, "program main\n  print *, (1 +\nend program main\n"));
        p.put("haskell", new Programs("""
                main :: IO ()
                main = do
                  input <- getContents
                  let s = sum (map read (words input)) :: Integer
                  case s of
                    -1 -> error "boom"
                    -2 -> print (spin 0)
                    -3 -> let xs = [1 ..] :: [Integer] in print (sum xs + fromIntegral (length xs))
                    _ -> print s

                spin :: Int -> Int
                spin n = spin (n + 1)
                """, "main :: IO ()\nmain = print (1 +)\n  where\n"));
        p.put("ocaml", new Programs("""
                let () =
                  let s = ref 0 in
                  (try
                     while true do
                       Scanf.scanf " %d" (fun x -> s := !s + x)
                     done
                   with _ -> ());
                  if !s = -1 then failwith "boom";
                  if !s = -2 then (let n = ref 0 in while true do incr n done);
                  if !s = -3 then (
                    let blocks = ref [] in
                    while true do blocks := Bytes.make (16 lsl 20) 'x' :: !blocks done);
                  Printf.printf "%d\\n" !s
                """, "let () = print_int (1 +\n"));
        p.put("lisp", new Programs("""
                (let ((s (loop for x = (read *standard-input* nil nil) while x sum x)))
                  (when (= s -1) (error "boom"))
                  (when (= s -2) (loop))
                  (when (= s -3)
                    (let ((blocks '()))
                      (loop (push (make-array (* 16 1024 1024) :element-type '(unsigned-byte 8) :initial-element 1)
                                  blocks))))
                  (format t "~a~%" s))
                """, "(format t \"~a~%\" (+ 1 2)\n"));
        p.put("prolog", new Programs("""
                main :-
                    read_string(user_input, _, Input),
                    split_string(Input, " \\n", " \\n", Parts),
                    exclude(==(""), Parts, Words),
                    maplist(number_string, Ns, Words),
                    sum_list(Ns, S),
                    run(S).

                run(-1) :- !, throw(boom).
                run(-2) :- !, repeat, fail.
                run(-3) :- !, grow([]).
                run(S) :- format("~d~n", [S]).

                grow(L) :- length(B, 100000), grow([B|L]).
                """, "main :- X is (1 + 2, write(X).\n"));
        p.put("csharp", new Programs("""
                using System;
                using System.Collections.Generic;

                public class Program
                {
                    public static void Main()
                    {
                        long s = 0;
                        foreach (string w in Console.In.ReadToEnd()
                                .Split((char[]) null, StringSplitOptions.RemoveEmptyEntries))
                        {
                            s += long.Parse(w);
                        }
                        if (s == -1)
                        {
                            throw new InvalidOperationException("boom");
                        }
                        if (s == -2)
                        {
                            long n = 0;
                            while (true)
                            {
                                n++;
                            }
                        }
                        if (s == -3)
                        {
                            var blocks = new List<byte[]>();
                            while (true)
                            {
                                var b = new byte[16 << 20];
                                for (int i = 0; i < b.Length; i += 4096)
                                {
                                    b[i] = 1;
                                }
                                blocks.Add(b);
                            }
                        }
                        Console.WriteLine(s);
                    }
                }
                """, "public class Program\n{\n    public static void Main()\n    {\n        int x = \"text\";\n    }\n}\n"));
        p.put("r", new Programs("""
                x <- scan(file("stdin"), what = integer(), quiet = TRUE)
                s <- sum(x)
                if (s == -1) stop("boom")
                if (s == -2) repeat {}
                if (s == -3) {
                  blocks <- list()
                  repeat {
                    blocks[[length(blocks) + 1]] <- rep(1, 2097152)
                  }
                }
                cat(s, "\\n", sep = "")
                """, "cat((1 + 2)\n"));
        p.put("octave", new Programs("""
                x = fscanf(stdin, "%d");
                s = sum(x);
                if s == -1
                  error("boom");
                end
                if s == -2
                  while true
                  end
                end
                if s == -3
                  blocks = {};
                  while true
                    blocks{end + 1} = ones(2097152, 1);
                  end
                end
                printf("%d\\n", s);
                """, "x = (1 + 2;\nprintf(\"%d\\n\", x);\n"));
        p.put("ada", new Programs("""
                with Ada.Text_IO;                   use Ada.Text_IO;
                with Ada.Long_Long_Integer_Text_IO; use Ada.Long_Long_Integer_Text_IO;

                procedure Main is
                   type Block is array (1 .. 16 * 1_048_576) of Character;
                   type Block_Access is access Block;
                   S, X : Long_Long_Integer := 0;
                   N    : Long_Long_Integer := 0 with Volatile;
                   B    : Block_Access;
                begin
                   begin
                      loop
                         Get (X);
                         S := S + X;
                      end loop;
                   exception
                      when End_Error => null;
                   end;
                   if S = -1 then
                      raise Program_Error with "boom";
                   end if;
                   if S = -2 then
                      loop
                         N := N + 1;
                      end loop;
                   end if;
                   if S = -3 then
                      loop
                         B := new Block'(others => 'x');
                      end loop;
                   end if;
                   Put (S, Width => 0);
                   New_Line;
                end Main;
                """, "procedure Main is\nbegin\n   null\nend Main;\n"));
        p.put("d", new Programs("""
                import std.array : split;
                import std.conv : to;
                import std.stdio;

                __gshared ulong spins;

                void main()
                {
                    long s = 0;
                    foreach (line; stdin.byLine)
                        foreach (w; line.split)
                            s += w.to!long;
                    if (s == -1)
                        throw new Exception("boom");
                    if (s == -2)
                        while (true)
                            spins++;
                    if (s == -3)
                    {
                        ubyte[][] blocks;
                        while (true)
                        {
                            auto b = new ubyte[](16 << 20);
                            b[] = 1;
                            blocks ~= b;
                        }
                    }
                    writeln(s);
                }
                """, "void main()\n{\n    int x = \"text\";\n}\n"));
        p.put("erlang", new Programs("""
                -module(main).
                -export([main/0]).

                main() -> run(sum(0)).

                sum(Acc) ->
                    case io:fread("", "~d") of
                        {ok, [X]} -> sum(Acc + X);
                        _ -> Acc
                    end.

                run(-1) -> erlang:error(boom);
                run(-2) -> spin(0);
                run(-3) -> grow([]);
                run(S) -> io:format("~w~n", [S]).

                spin(N) -> spin(N + 1).

                %% 16 MB a step, copied a megabyte at a time: a byte at a time spent the CPU limit first.
                grow(L) -> grow([binary:copy(<<1:8388608>>, 16) | L]).
                """, "-module(main).\n-export([main/0]).\nmain() -> io:format(\"~w~n\", [(1 + 2]).\n"));
        p.put("kotlin", new Programs("""
                fun main() {
                    val s = System.`in`.bufferedReader().readText().split(Regex("\\\\s+")).filter { it.isNotEmpty() }
                        .sumOf { it.toLong() }
                    if (s == -1L) throw IllegalStateException("boom")
                    if (s == -2L) {
                        var n = 0L
                        while (true) n++
                    }
                    if (s == -3L) {
                        val blocks = ArrayList<LongArray>()
                        while (true) blocks.add(LongArray(1 shl 21))
                    }
                    println(s)
                }
                """, "fun main() {\n    val x: Int = \"text\"\n}\n"));
        p.put("scala", new Programs("""
                object Main:
                  def main(args: Array[String]): Unit =
                    val s = scala.io.Source.stdin.mkString.split("\\\\s+").filter(_.nonEmpty).map(_.toLong).sum
                    if s == -1 then throw IllegalStateException("boom")
                    if s == -2 then
                      var n = 0L
                      while true do n += 1
                    if s == -3 then
                      val blocks = scala.collection.mutable.ArrayBuffer[Array[Long]]()
                      while true do blocks += new Array[Long](1 << 21)
                    println(s)
                """, "object Main:\n  def main(args: Array[String]): Unit =\n    val x: Int = \"text\"\n"));
        p.put("typescript", new Programs("""
                import * as fs from "fs";

                const s = fs.readFileSync(0, "utf8").split(/\\s+/).filter((w) => w).reduce((a, w) => a + Number(w), 0);
                if (s === -1) throw new Error("boom");
                if (s === -2) for (;;) {}
                if (s === -3) {
                  const blocks: Buffer[] = [];
                  for (;;) blocks.push(Buffer.alloc(16 << 20, 1));
                }
                console.log(s);
                """, "const x: number = \"text\";\nconsole.log(x);\n"));
        return java.util.Collections.unmodifiableMap(p);
    }
}
