package org.labjudge.node.endtoend;

import java.util.Map;

/** Small programs per language for end-to-end tests. */
final class Programs {
    private Programs() {}

    /** Reads two integers from a line and prints their sum. */
    static final Map<String, String> SUM = Map.of(
            "python", "a, b = map(int, input().split())\nprint(a + b)\n",
            "java", """
                    import java.util.Scanner;
                    public class Sum {
                        public static void main(String[] args) {
                            Scanner in = new Scanner(System.in);
                            System.out.println(in.nextLong() + in.nextLong());
                        }
                    }
                    """,
            "c", "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);return 0;}\n",
            "cpp", "#include <iostream>\nint main(){long a,b;std::cin>>a>>b;std::cout<<a+b<<std::endl;}\n",
            "javascript", "const [a,b]=require('fs').readFileSync(0,'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a+b);\n",
            "go", "package main\nimport \"fmt\"\nfunc main(){var a,b int64\nfmt.Scan(&a,&b)\nfmt.Println(a+b)}\n",
            "rust", "use std::io::Read;\nfn main(){let mut s=String::new();std::io::stdin().read_to_string(&mut s).unwrap();"
                    + "let v:Vec<i64>=s.split_whitespace().map(|x|x.parse().unwrap()).collect();println!(\"{}\",v[0]+v[1]);}\n",
            "bash", "read a b\necho $((a + b))\n");

    /** Prints a wrong sum. */
    static final Map<String, String> WRONG = Map.of(
            "python", "a, b = map(int, input().split())\nprint(a - b)\n",
            "java", "public class Main { public static void main(String[] a) { System.out.println(-1); } }\n",
            "c", "#include <stdio.h>\nint main(void){puts(\"-1\");return 0;}\n",
            "cpp", "#include <iostream>\nint main(){std::cout<<-1<<std::endl;}\n");

    /** Ends with an error: non-zero exit, exception or crash. */
    static final Map<String, String> CRASH = Map.of(
            "python", "raise ValueError('boom')\n",
            "java", "public class Main { public static void main(String[] a) { throw new IllegalStateException(\"boom\"); } }\n",
            "c", "#include <stdio.h>\nint main(void){int *p=0; *p=1; return 0;}\n",
            "cpp", "#include <cstdlib>\nint main(){std::exit(3);}\n");

    /** Loops forever. */
    static final Map<String, String> LOOP = Map.of(
            "python", "while True:\n    pass\n",
            "java", "public class Main { public static void main(String[] a) { long x = 0; while (true) { x++; } } }\n",
            "c", "int main(void){volatile unsigned long x=0; for(;;) x++; }\n",
            "cpp", "int main(){volatile unsigned long x=0; for(;;) x++; }\n");

    /** Allocates and touches far more than 128 MB. */
    static final Map<String, String> HOG = Map.of(
            "python", "s = 'a' * (600 * 1024 * 1024)\nprint(len(s))\n",
            // Grows to the heap's end: one array above the limit is refused at once, with no memory used
            // (RUNTIME_ERROR, see MemoryEvidenceTest).
            "java", "import java.util.*; public class Main { public static void main(String[] a) {"
                    + " List<long[]> x = new ArrayList<>(); while (true) x.add(new long[1 << 17]); } }\n",
            "c", "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nint main(void){size_t n=600u<<20;"
                    + "volatile char*p=malloc(n); if(!p) return 2; for(size_t i=0;i<n;i+=4096) p[i]=1;"
                    + " printf(\"%d\\n\",p[n-1]); return 0;}\n",
            "cpp", "#include <vector>\n#include <iostream>\nint main(){std::vector<char> v(600u<<20, 1);"
                    + " std::cout<<(int)v.back()<<std::endl;}\n");

    /** Prints without end. */
    static final Map<String, String> FLOOD = Map.of(
            "python", "while True:\n    print('spam' * 100)\n",
            "java", "public class Main { public static void main(String[] a) { while (true) System.out.println(\"spam\"); } }\n",
            "c", "#include <stdio.h>\nint main(void){for(;;) puts(\"spam\");}\n",
            "cpp", "#include <iostream>\nint main(){for(;;) std::cout<<\"spam\\n\";}\n");

    /** Does not compile. */
    static final Map<String, String> BROKEN = Map.of(
            "java", "public class Main {\n    public static void main(String[] a) {\n        int x = \"text\";\n    }\n}\n",
            "c", "int main(void) {\n    return undefined_name;\n}\n",
            "cpp", "int main() {\n    std::string s;\n}\n");
}
