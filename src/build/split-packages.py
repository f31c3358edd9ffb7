#!/usr/bin/env python3
"""
Splits a business module's flat package into the sub-packages its mapping names, so that the split can be
re-applied to the newest main rather than merged: src/build/split-packages.py MODULE... (from the repository's
root, on a clean work tree; it changes the work tree and stages the moves, and commits nothing). It needs git,
javac and the Maven wrapper (for the class path).

A mapping, src/build/split/MODULE.txt, is a list of sections, each a header line "[name] text", indented lines
that go on with the text, and lines of class names (main or test, by simple name):
- [api]: the module's API, the public types other modules use, which stay in heard.MODULE; its text becomes
  heard.MODULE's package-info.java (when it has none).
- [stays]: classes that stay in heard.MODULE though they are not API, for the reason its text gives.
- [sub]: the classes that move to heard.MODULE.sub; its text becomes that package's package-info.java.
- [tests]: Class.member, a member of main code that tests in another package may use, made public for them.
Every main class in heard.MODULE must be placed: one the mapping does not name stops the script, so that a class
added since the mapping was written is placed by a person, not by default. A test not named stays where it is.

The script moves the files (git mv), rewrites their package lines, rewrites every reference by full name in the
repository (imports, docs, templates, paths like heard/MODULE/Name.java), adds the imports the module's own files
now need, and then compiles with javac to make public exactly what another package uses: a type, or a method,
constructor or field, never more. Main code is only widened for main code: a test that uses a package-private
member from another package is reported, to be placed beside what it tests, or named in [tests].
"""
import os
import re
import subprocess
import sys
import tempfile

MAIN = 'src/main/java'
TEST = 'src/test/java'
TEXT_FILES = ('.java', '.md', '.html', '.properties', '.yml', '.yaml', '.xml', '.txt', '.factories', '.imports',
              '.json', '.sql', '.sh', '.adoc')
TOP_SECTIONS = ('api', 'stays')  # [stays]: kept in the module's package for the reason its text gives
TYPE_KEYWORDS = r'(?:class|interface|enum|record|@interface)'


def run(*args, check=True, capture=True):
    result = subprocess.run(args, text=True, capture_output=capture)
    if check and result.returncode != 0:
        sys.exit(f'{" ".join(args)} failed:\n{result.stdout}{result.stderr}')
    return result


def fail(message):
    sys.exit('split-packages: ' + message)


# ---------------------------------------------------------------- reading Java without a parser

def blank(source):
    """The source with comments, strings, text blocks and char literals turned to spaces (newlines kept), so that
    positions still match the original and braces and names are code only."""
    out = list(source)
    i, n = 0, len(source)

    def wipe(start, end):
        for k in range(start, end):
            if out[k] != '\n':
                out[k] = ' '

    while i < n:
        c = source[i]
        if source.startswith('//', i):
            end = source.find('\n', i)
            end = n if end < 0 else end
            wipe(i, end)
            i = end
        elif source.startswith('/*', i):
            end = source.find('*/', i + 2)
            end = n if end < 0 else end + 2
            wipe(i, end)
            i = end
        elif source.startswith('"""', i):
            end = i + 3
            while end < n and not source.startswith('"""', end):
                end += 2 if source[end] == '\\' else 1
            end = min(n, end + 3)
            wipe(i + 1, end - 1)
            i = end
        elif c in '"\'':
            end = i + 1
            while end < n and source[end] != c and source[end] != '\n':
                end += 2 if source[end] == '\\' else 1
            wipe(i + 1, end)
            i = end + 1
        else:
            i += 1
    return ''.join(out)


def matching_brace(code, open_at):
    depth = 0
    for k in range(open_at, len(code)):
        if code[k] == '{':
            depth += 1
        elif code[k] == '}':
            depth -= 1
            if depth == 0:
                return k
    fail('unbalanced braces')


def depths(code):
    """The brace depth at each position."""
    result, depth = [], 0
    for ch in code:
        if ch == '}':
            depth -= 1
        result.append(depth)
        if ch == '{':
            depth += 1
    return result


def type_body(code, depth_at, name, within):
    """(declaration keyword position, body start, body end) of the type `name` declared directly in `within`,
    a (start, end, depth) range; the top level is (0, len, 0)."""
    start, end, depth = within
    for m in re.finditer(r'(?<![.\w])' + TYPE_KEYWORDS + r'\s+' + re.escape(name) + r'\b', code[start:end]):
        at = start + m.start()
        if depth_at[at] != depth:
            continue
        open_at = code.index('{', at)
        return at, open_at + 1, matching_brace(code, open_at)
    return None


def locate_type(code, nested_names):
    """Finds the nested chain of types (['Outer', 'Inner']) in a file's code."""
    depth_at = depths(code)
    within, found = (0, len(code), 0), None
    for level, name in enumerate(nested_names):
        found = type_body(code, depth_at, name, within)
        if not found:
            return None
        within = (found[1], found[2], level + 1)
    return found, within, depth_at


def insert_public(source, code, at):
    """Makes the declaration whose name or keyword is at `at` public: `public` goes before its modifiers, after
    any annotations on the same line; a `protected` becomes `public`."""
    line_start = source.rfind('\n', 0, at) + 1
    head = code[line_start:at]
    if re.search(r'\bpublic\b', head):
        return source
    if re.search(r'\bprotected\b', head):
        k = line_start + re.search(r'\bprotected\b', head).start()
        return source[:k] + 'public' + source[k + len('protected'):]
    lead = re.match(r'\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*', head)
    k = line_start + lead.end()
    return source[:k] + 'public ' + source[k:]


def erase(type_text):
    """A parameter type as its simple name without type arguments: java.util.List<X> and List<Y> are List."""
    type_text = re.sub(r'@[\w.]+(\([^)]*\))?\s*', '', type_text)
    type_text = re.sub(r'\bfinal\s+', '', type_text)
    while '<' in type_text:
        new = re.sub(r'<[^<>]*>', '', type_text)
        if new == type_text:
            break
        type_text = new
    type_text = re.sub(r'\s+', '', type_text)
    suffix = re.search(r'(\[\]|\.\.\.)*$', type_text).group(0)
    base = type_text[:len(type_text) - len(suffix)]
    return base.split('.')[-1] + suffix


def split_top(text, sep=','):
    parts, depth, current = [], 0, ''
    for ch in text:
        if ch in '<([':
            depth += 1
        elif ch in '>)]':
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(current)
            current = ''
        else:
            current += ch
    if current.strip():
        parts.append(current)
    return parts


def declared_parameters(code, open_paren):
    close = open_paren
    depth = 0
    for k in range(open_paren, len(code)):
        if code[k] == '(':
            depth += 1
        elif code[k] == ')':
            depth -= 1
            if depth == 0:
                close = k
                break
    params = split_top(code[open_paren + 1:close])
    return [erase(p.strip().rsplit(None, 1)[0]) for p in params]


# ---------------------------------------------------------------- the mapping

def read_mapping(module):
    path = f'src/build/split/{module}.txt'
    if not os.path.exists(path):
        fail(f'no mapping {path}')
    sections, current = [], None
    for number, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.strip()
        if not line or line.startswith('#'):
            continue
        header = re.match(r'\[(\w+)\]\s*(.*)', line)
        if header:
            current = {'name': header.group(1), 'text': header.group(2), 'classes': []}
            sections.append(current)
        elif current is None:
            fail(f'{path}:{number}: a class before any [section]')
        elif raw[0].isspace():  # an indented line goes on with the section's text
            current['text'] += ' ' + line
        elif re.fullmatch(r'[\w.\s]+', line):
            current['classes'].extend(line.split())
        else:
            fail(f'{path}:{number}: neither class names nor an indented line of text')
    return sections


# ---------------------------------------------------------------- moving

def module_files(module, base):
    folder = f'{base}/heard/{module}'
    found = {}
    for directory, _, files in os.walk(folder):
        for f in files:
            if f.endswith('.java') and f != 'package-info.java':
                found.setdefault(f[:-5], []).append(os.path.join(directory, f))
    return found


def package_of(path):
    base = MAIN if path.startswith(MAIN) else TEST
    return os.path.dirname(path)[len(base) + 1:].replace('/', '.')


def write_package_info(folder, package, text, module_note=None):
    path = f'{folder}/package-info.java'
    if os.path.exists(path):
        return
    words = text.split()
    lines, current = [], ''
    for word in words:
        if len(current) + len(word) + 1 > 110:
            lines.append(current)
            current = word
        else:
            current = f'{current} {word}'.strip()
    if current:
        lines.append(current)
    body = '\n'.join(f' * {line}' for line in lines)
    annotation = f'{module_note}\n' if module_note else ''
    with open(path, 'w', encoding='utf-8') as out:
        out.write(f'/**\n{body}\n */\n{annotation}package {package};\n')
    run('git', 'add', path)


def split(module):
    sections = read_mapping(module)
    top = f'heard.{module}'
    main_files = module_files(module, MAIN)
    test_files = module_files(module, TEST)
    placed = {}
    for section in sections:
        if section['name'] == 'tests':
            continue
        for name in section['classes']:
            if name in placed:
                fail(f'{name} is placed twice in src/build/split/{module}.txt')
            placed[name] = section['name']
    unplaced = sorted(n for n, paths in main_files.items()
                      if n not in placed and any(package_of(p) == top for p in paths))
    if unplaced:
        fail(f'heard.{module} has classes src/build/split/{module}.txt does not place: {" ".join(unplaced)}\n'
             f'Add each to the section where it belongs ([api] if other modules use it) and run again.')
    for name, where in placed.items():
        if name not in main_files and name not in test_files:
            print(f'note: {name} is in the mapping but not in heard.{module} (renamed or removed?)')

    moves = {}  # old full name -> new full name
    for section in (s for s in sections if s['name'] != 'tests'):
        package = top if section['name'] in TOP_SECTIONS else f'{top}.{section["name"]}'
        for name in section['classes']:
            for path in main_files.get(name, []) + test_files.get(name, []):
                old = package_of(path)
                if old == package:
                    continue
                if old != top:
                    fail(f'{path} is in {old}, neither {top} nor {package}: move it by hand')
                target = f'{os.path.dirname(path)}/{section["name"]}/{name}.java'
                os.makedirs(os.path.dirname(target), exist_ok=True)
                run('git', 'mv', path, target)
                source = open(target, encoding='utf-8').read()
                source = re.sub(r'^package ' + re.escape(top) + ';', f'package {package};', source, count=1,
                                flags=re.M)
                open(target, 'w', encoding='utf-8').write(source)
                moves[f'{top}.{name}'] = f'{package}.{name}'
    for section in sections:
        if section['name'] in ('tests', 'stays'):
            continue
        if section['name'] == 'api':
            if section['text']:
                display = module.capitalize()
                write_package_info(f'{MAIN}/heard/{module}', top, section['text'],
                                   f'@org.springframework.modulith.ApplicationModule(displayName = "{display}")')
            continue
        folder = f'{MAIN}/heard/{module}/{section["name"]}'
        if os.path.isdir(folder) and section['text']:
            write_package_info(folder, f'{top}.{section["name"]}', section['text'])
    print(f'{module}: moved {len(moves)} classes')
    return moves


# ---------------------------------------------------------------- references

def tracked_text_files():
    files = run('git', 'ls-files').stdout.split('\n')
    return [f for f in files if f.endswith(TEXT_FILES) and not f.startswith('src/build/split')
            and os.path.isfile(f)]


def rewrite_full_names(moves):
    if not moves:
        return
    by_module = {}
    for old, new in moves.items():
        by_module.setdefault(old.rsplit('.', 1)[0], {})[old.rsplit('.', 1)[1]] = new
    patterns = []
    for package, names in by_module.items():
        alternatives = '|'.join(sorted(names, key=len, reverse=True))
        dotted = re.compile(r'(?<![\w.])' + re.escape(package) + r'\.(' + alternatives + r')\b')
        slashed = re.compile(r'(?<![\w])' + re.escape(package.replace('.', '/')) + r'/(' + alternatives + r')\.java\b')
        # Docs also name a class by module and name alone: `casework.MoveGuard`.
        short = re.compile(r'(?<![\w.])' + re.escape(package.split('.')[-1]) + r'\.(' + alternatives + r')\b')
        patterns.append((dotted, slashed, short, names))
    for path in tracked_text_files():
        try:
            source = open(path, encoding='utf-8').read()
        except UnicodeDecodeError:
            continue
        changed = source
        for dotted, slashed, short, names in patterns:
            changed = dotted.sub(lambda m: names[m.group(1)], changed)
            changed = slashed.sub(lambda m: names[m.group(1)].replace('.', '/') + '.java', changed)
            if path.endswith('.md'):
                changed = short.sub(lambda m: names[m.group(1)][len('heard.'):], changed)
        if changed != source:
            if path.endswith('.java'):
                changed = sort_import_groups(changed)
            open(path, 'w', encoding='utf-8').write(changed)


def sort_import_groups(source):
    """Sorts each blank-line-separated group of imports, as the project writes them."""
    lines = source.split('\n')
    i = 0
    while i < len(lines):
        if lines[i].startswith('import '):
            j = i
            while j < len(lines) and lines[j].startswith('import '):
                j += 1
            lines[i:j] = sorted(set(lines[i:j]), key=lambda l: l.rstrip(';'))
            i = j
        else:
            i += 1
    return '\n'.join(lines)


def add_import(source, full_name):
    line = f'import {full_name};'
    lines = source.split('\n')
    imports = [k for k, l in enumerate(lines) if l.startswith('import ')]
    others = [k for k in imports if not re.match(r'import (static |java\.|javax\.)', lines[k])]
    if others:
        lines.insert(others[-1] + 1, line)
    elif imports:
        lines[imports[-1] + 1:imports[-1] + 1] = ['', line]
    else:
        package_line = next(k for k, l in enumerate(lines) if l.startswith('package '))
        lines[package_line + 1:package_line + 1] = ['', line]
    return sort_import_groups('\n'.join(lines))


def add_module_imports(module):
    """Each of the module's files imports the module's classes it names that are now in another package."""
    where = {}
    for base in (MAIN, TEST):
        for name, paths in module_files(module, base).items():
            for path in paths:
                where.setdefault(name, set()).add(package_of(path))
    for base in (MAIN, TEST):
        for name, paths in module_files(module, base).items():
            for path in paths:
                source = open(path, encoding='utf-8').read()
                own = package_of(path)
                code = blank(source)
                body = code[code.find(';', code.find('package ')) + 1:]
                body = re.sub(r'^import .*$', '', body, flags=re.M)
                used = set(re.findall(r'\b[A-Z]\w*\b', body))
                # Javadoc links name classes too, and the import keeps them links.
                for comment in re.findall(r'/\*\*.*?\*/', source, flags=re.S):
                    used.update(re.findall(r'\{@link(?:plain)?\s+([A-Z]\w*)', comment))
                    used.update(re.findall(r'@see\s+([A-Z]\w*)', comment))
                imported = set(re.findall(r'^import (?:static )?[\w.]*\.(\w+);', source, flags=re.M))
                declared = set(re.findall(r'(?<![.\w])' + TYPE_KEYWORDS + r'\s+(\w+)', code))
                changed = source
                for used_name in sorted(used):
                    packages = where.get(used_name, set())
                    if (not packages or own in packages or used_name in imported or used_name in declared
                            or used_name == name):
                        continue
                    if len(packages) > 1:
                        print(f'warning: {path} names {used_name}, which is in {sorted(packages)}; not imported')
                        continue
                    changed = add_import(changed, f'{next(iter(packages))}.{used_name}')
                if changed != source:
                    open(path, 'w', encoding='utf-8').write(changed)


# ---------------------------------------------------------------- making public what another package uses

def classpath():
    out = 'target/split-classpath.txt'
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime('pom.xml'):
        run('./mvnw', '-B', '-q', 'dependency:build-classpath', f'-Dmdep.outputFile={out}')
    return open(out).read().strip()


def javac(sources, cp, out):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as listing:
        listing.write('\n'.join(sources))
    # C1 alone: a javac run of a minute or two gains little from C2 and loses to its compiling.
    result = subprocess.run(['javac', '-J-XX:TieredStopAtLevel=1', '-proc:none', '-nowarn', '-XDrawDiagnostics',
                             '-Xmaxerrs', '100000',
                             '-encoding', 'UTF-8', '-parameters', '-d', out, '-cp', cp, f'@{listing.name}'],
                            text=True, capture_output=True)
    os.unlink(listing.name)
    return [line for line in result.stdout.splitlines() + result.stderr.splitlines()
            if re.match(r'\S+\.java:\d+:\d+: compiler\.err', line)]


def source_of(full_name):
    """(path, nested type names) of a type declared in the repository's sources, by full name."""
    parts = full_name.split('.')
    for cut in range(len(parts), 0, -1):
        for base in (MAIN, TEST):
            path = f'{base}/{"/".join(parts[:cut])}.java'
            if os.path.exists(path):
                return path, parts[cut - 1:]
    return None, None


def make_type_public(full_name):
    path, nested = source_of(full_name)
    if not path:
        return None
    for level in range(1, len(nested) + 1):
        source = open(path, encoding='utf-8').read()
        code = blank(source)
        found = locate_type(code, nested[:level])
        if not found:
            fail(f'cannot find {".".join(nested[:level])} in {path}')
        (at, body_start, body_end), _, depth_at = found
        new = insert_public(source, code, at)
        if new != source:
            open(path, 'w', encoding='utf-8').write(new)
            if code[at:at + 6] == 'record':
                make_canonical_constructor_public(path, nested[:level])
    return path


def make_canonical_constructor_public(path, nested):
    """A public record's canonical constructor must be public too."""
    source = open(path, encoding='utf-8').read()
    code = blank(source)
    (at, body_start, body_end), within, depth_at = locate_type(code, nested)
    header = code[at:body_start]
    components = declared_parameters(code, code.index('(', at))
    name = nested[-1]
    for m in re.finditer(r'(?<![.\w])' + re.escape(name) + r'\s*([({])', code[body_start:body_end]):
        k = body_start + m.start()
        if depth_at[k] != within[2] or re.search(r'\bnew\s*$', code[:k]):
            continue
        if m.group(1) == '{' or declared_parameters(code, body_start + m.start(1)) == components:
            source = insert_public(source, code, k)
            open(path, 'w', encoding='utf-8').write(source)
            return


def make_member_public(owner, member):
    path, nested = source_of(owner)
    if not path:
        return None
    make_type_public(owner)
    source = open(path, encoding='utf-8').read()
    code = blank(source)
    found = locate_type(code, nested)
    if not found:
        fail(f'cannot find {owner} in {path}')
    _, (start, end, depth), depth_at = found
    if member.startswith('<'):  # a generic method: <T>list(...)
        nesting = 0
        for k, ch in enumerate(member):
            nesting += {'<': 1, '>': -1}.get(ch, 0)
            if nesting == 0:
                member = member[k + 1:]
                break
    call = re.match(r'([\w.]+)\((.*)\)$', member)
    if call:
        name = call.group(1).split('.')[-1]
        wanted = [erase(t) for t in split_top(call.group(2))] if call.group(2) != '*' else None
        candidates = []
        for m in re.finditer(r'(?<![.\w])' + re.escape(name) + r'\s*\(', code[start:end]):
            k = start + m.start()
            if depth_at[k] != depth or re.search(r'(\bnew|[.=(,!?:]|\breturn|->)\s*$', code[:k]):
                continue
            # A declaration: the name follows a type, a modifier or a line start, and a body or ; follows.
            candidates.append((k, declared_parameters(code, code.index('(', k))))
        exact = [k for k, params in candidates if params == wanted]
        chosen = exact or ([candidates[0][0]] if len(candidates) == 1 else [])
        if wanted is None:  # name(*): a static import names every overload, or a field
            chosen = [k for k, _ in candidates]
            for m in re.finditer(r'(?<![.\w])' + re.escape(name) + r'\s*[=;,]', code[start:end]):
                if depth_at[start + m.start()] == depth:
                    chosen.append(start + m.start())
            for k in sorted(chosen, reverse=True):
                source = insert_public(source, code, k)
            open(path, 'w', encoding='utf-8').write(source)
            return path
        if not chosen:
            # A record's accessor or an enum's values() is as public as its type, made public above.
            return path
        source = insert_public(source, code, chosen[0])
    else:
        for m in re.finditer(r'(?<![.\w])' + re.escape(member) + r'\s*[=;,]', code[start:end]):
            k = start + m.start()
            if depth_at[k] == depth:
                source = insert_public(source, code, k)
                break
        else:
            fail(f'cannot find field {member} in {owner} ({path})')
    open(path, 'w', encoding='utf-8').write(source)
    return path


def short_name(symbol, owner):
    """Class.member as a mapping's [tests] section names it: Column.named for named(java.lang.String)."""
    if '(' in symbol:
        name = re.sub(r'^<.*?>', '', symbol).split('(')[0].split('.')[-1]
    else:
        name = symbol.split('.')[-1]
    return f'{owner.split(".")[-1]}.{name}'


def widen(main_only, tests_may_use):
    """Compiles main, then tests, making public what javac says another package cannot reach."""
    cp = classpath()
    main_out = tempfile.mkdtemp(prefix='split-classes-')
    test_out = tempfile.mkdtemp(prefix='split-test-classes-')

    def sources(base):
        return [os.path.join(d, f) for d, _, fs in os.walk(base) for f in fs if f.endswith('.java')]

    for phase in ('main',) if main_only else ('main', 'test'):
        previous, main_changed = None, False
        for attempt in range(15):
            if phase == 'test' and main_changed:
                errors = javac(sources(MAIN), cp, main_out)
                if errors:
                    fail('javac (main, after widening it for tests):\n' + '\n'.join(errors[:80]))
                main_changed = False
            errors = javac(sources(MAIN), cp, main_out) if phase == 'main' else \
                javac(sources(TEST), f'{main_out}:{cp}', test_out)
            access = [e for e in errors if 'cant.access' in e or 'cant.resolve.location: kindname.static' in e]
            print(f'{phase}: javac found {len(errors)} errors, {len(access)} of access', flush=True)
            if not errors:
                break
            if not access or errors == previous:
                fail('javac:\n' + '\n'.join(errors[:80]))
            previous = errors
            refused, widened = [], 0
            for error in sorted(set(access)):
                where = error.split(':')[0]
                found = re.findall(r'cant\.access: (\S+?), ([\w.$]+)', error)
                # A static import of a member another package cannot see reads as one that does not exist.
                found += [(name + '(*)', owner) for name, owner in re.findall(
                    r'cant\.resolve\.location: kindname\.static, (\w+), .*kindname\.class, ([\w.$]+),', error)]
                for symbol, owner in found:
                    owner_path = source_of(owner)[0] or source_of(symbol)[0]  # the owner of a class is its package
                    if owner_path is None:  # java.lang.Enum's name() on an enum of ours: the enum, next round
                        continue
                    if phase == 'test' and owner_path.startswith(MAIN) and short_name(symbol, owner) not in tests_may_use:
                        refused.append(f'{where}: {symbol} in {owner}')
                        continue
                    if source_of(symbol)[0] and '(' not in symbol:
                        changed = make_type_public(symbol)
                    else:
                        changed = make_member_public(owner, symbol)
                    main_changed |= bool(changed and changed.startswith(MAIN))
                    widened += 1
            if refused:
                fail(f'{phase}: these need what another package keeps to itself; place the using class beside '
                     f'it in the mapping, or name the member in its [tests] section:\n' + '\n'.join(sorted(set(refused))))
            if not widened:
                fail('javac:\n' + '\n'.join(errors[:80]))
        else:
            fail(f'{phase}: still not compiling after 15 rounds')


def main():
    args = sys.argv[1:]
    main_only = '--main-only' in args
    modules = [a for a in args if not a.startswith('--')]
    if not modules:
        fail('usage: src/build/split-packages.py [--main-only] MODULE...')
    os.chdir(run('git', 'rev-parse', '--show-toplevel').stdout.strip())
    moves = {}
    for module in modules:
        moves.update(split(module))
    rewrite_full_names(moves)
    for module in modules:
        add_module_imports(module)
    tests_may_use = set()
    for module in modules:
        for section in read_mapping(module):
            if section['name'] == 'tests':
                tests_may_use.update(section['classes'])
    widen(main_only, tests_may_use)
    run('git', 'add', '-A', 'src', 'docs')
    print('done: review with git diff --cached --stat, run the tests, and commit')


if __name__ == '__main__':
    main()
