function __wgdoc_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __wgdoc_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __wgdoc_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __wgdoc_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __wgdoc_parse_tokens -S
    set -l unparsed_tokens (__wgdoc_tokens -pc)
    switch $unparsed_tokens[1]
    case 'wgdoc'
        __wgdoc_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'validate'
            __wgdoc_parse_subcommand -r 1 'stdin-filename=' 'jobs=' 'werror' 'format=' 'source-root=' 'templates=' 'max-input-size=' 'rule=+' 'config=' 'no-config' 'version' 'h/help'
        case 'build'
            __wgdoc_parse_subcommand 1 'format=+' 'output=' 'width=' 'templates=' 'max-input-size=' 'rule=+' 'config=' 'no-config' 'version' 'h/help'
        case 'rules'
            __wgdoc_parse_subcommand 0 'format=' 'version' 'h/help'
        case 'config'
            __wgdoc_parse_subcommand 0 'templates=' 'max-input-size=' 'rule=+' 'config=' 'no-config' 'version' 'h/help'
        case 'new'
            __wgdoc_parse_subcommand 0 'from=' 'output=' 'force' 'templates=' 'max-input-size=' 'rule=+' 'config=' 'no-config' 'version' 'h/help'
        case 'import-activities'
            __wgdoc_parse_subcommand 1 'into=' 'annex=' 'output=' 'lang=' 'planned' 'templates=' 'max-input-size=' 'rule=+' 'config=' 'no-config' 'version' 'h/help'
        case 'export-activities'
            __wgdoc_parse_subcommand 1 'annex=' 'output=' 'header-language=' 'bom' 'templates=' 'max-input-size=' 'rule=+' 'config=' 'no-config' 'version' 'h/help'
        case 'fmt'
            __wgdoc_parse_subcommand -r 1 'check' 'templates=' 'max-input-size=' 'rule=+' 'config=' 'no-config' 'version' 'h/help'
        case 'bench'
            __wgdoc_parse_subcommand 0 'example=' 'sizes=' 'repeat=' 'xmllint=' 'files=' 'keep' 'version' 'h/help'
        case 'help'
            __wgdoc_parse_subcommand -r 1 'version'
        end
    end
end

function __wgdoc_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __wgdoc_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __wgdoc_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __wgdoc_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__wgdoc_tokens -p)
    if test -z "$(__wgdoc_tokens -t)"
        set -l index (count (__wgdoc_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'wgdoc' -f
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'validate' -d 'Check sources against the schema and the rules; report every problem.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'build' -d 'Compile a source to its outputs.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'rules' -d 'List every rule: id, default severity, stage, summary.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'config' -d 'Print the effective configuration: the .wgdoc.toml in use, overridden by the flags.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'new' -d 'Scaffold next year\'s document from this year\'s source.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'import-activities' -d 'Read activity rows from a CSV file into a source\'s activity table.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'export-activities' -d 'Write an annex\'s activities as CSV, the inverse of import-activities.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'fmt' -d 'Rewrite sources in one canonical layout, keeping their meaning and comments.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'bench' -d 'Measure wgdoc on sources scaled to N activities, next to xmllint; print a Markdown report.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc validate" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" stdin-filename' -l 'stdin-filename' -d 'The name diagnostics give standard input (-).' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" jobs' -l 'jobs' -d 'Check N files at once. Default: one per core.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" werror' -l 'werror' -d 'Treat warnings as errors.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" format' -l 'format' -d 'How to report: human goes to standard error, the machine formats to standard output.' -rfka 'human json sarif github'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" source-root' -l 'source-root' -d 'The folder SARIF paths are relative to (%SRCROOT%). Default: the enclosing git work tree, else the working folder.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" templates' -l 'templates' -d 'Use the language packs and ST.3 registry in DIR instead of the bundled ones.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" max-input-size' -l 'max-input-size' -d 'Refuse inputs larger than N bytes.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate"' -l 'rule' -d 'Change a meaning check\'s severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).' -rfka 'annex.co-organizer-mark=off annex.co-organizer-mark=note annex.co-organizer-mark=warning annex.co-organizer-mark=error annex.duplicate-participant=off annex.duplicate-participant=note annex.duplicate-participant=warning annex.duplicate-participant=error annex.legend-source=off annex.legend-source=note annex.legend-source=warning annex.legend-source=error annex.undefined-category=off annex.undefined-category=note annex.undefined-category=warning annex.undefined-category=error annex.unused-category=off annex.unused-category=note annex.unused-category=warning annex.unused-category=error date.order=off date.order=note date.order=warning date.order=error date.outside-period=off date.outside-period=note date.outside-period=warning date.outside-period=error figures.contradicted=off figures.contradicted=note figures.contradicted=warning figures.contradicted=error figures.empty-scope=off figures.empty-scope=note figures.empty-scope=warning figures.empty-scope=error st3.name-mismatch=off st3.name-mismatch=note st3.name-mismatch=warning st3.name-mismatch=error st3.non-member=off st3.non-member=note st3.non-member=warning st3.non-member=error st3.printed-name=off st3.printed-name=note st3.printed-name=warning st3.printed-name=error st3.reserved-code=off st3.reserved-code=note st3.reserved-code=warning st3.reserved-code=error st3.unknown-code=off st3.unknown-code=note st3.unknown-code=warning st3.unknown-code=error suppress.unknown-rule=off suppress.unknown-rule=note suppress.unknown-rule=warning suppress.unknown-rule=error suppress.unused=off suppress.unused=note suppress.unused=warning suppress.unused=error value.empty-description=off value.empty-description=note value.empty-description=warning value.empty-description=error value.implausible-count=off value.implausible-count=note value.implausible-count=warning value.implausible-count=error value.zero-count=off value.zero-count=note value.zero-count=warning value.zero-count=error'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" config' -l 'config' -d 'Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" no-config' -l 'no-config' -d 'Ignore every .wgdoc.toml.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc build" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build"' -l 'format' -d 'Formats to produce, several after one --format; all is every format but pdf.' -rfka 'text html docx flatxml pdf all'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" output' -l 'output' -d 'Directory to write into (created if missing).' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" width' -l 'width' -d 'Line width of the text output, in display columns (a CJK character takes two).' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" templates' -l 'templates' -d 'Use the language packs and ST.3 registry in DIR instead of the bundled ones.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" max-input-size' -l 'max-input-size' -d 'Refuse inputs larger than N bytes.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build"' -l 'rule' -d 'Change a meaning check\'s severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).' -rfka 'annex.co-organizer-mark=off annex.co-organizer-mark=note annex.co-organizer-mark=warning annex.co-organizer-mark=error annex.duplicate-participant=off annex.duplicate-participant=note annex.duplicate-participant=warning annex.duplicate-participant=error annex.legend-source=off annex.legend-source=note annex.legend-source=warning annex.legend-source=error annex.undefined-category=off annex.undefined-category=note annex.undefined-category=warning annex.undefined-category=error annex.unused-category=off annex.unused-category=note annex.unused-category=warning annex.unused-category=error date.order=off date.order=note date.order=warning date.order=error date.outside-period=off date.outside-period=note date.outside-period=warning date.outside-period=error figures.contradicted=off figures.contradicted=note figures.contradicted=warning figures.contradicted=error figures.empty-scope=off figures.empty-scope=note figures.empty-scope=warning figures.empty-scope=error st3.name-mismatch=off st3.name-mismatch=note st3.name-mismatch=warning st3.name-mismatch=error st3.non-member=off st3.non-member=note st3.non-member=warning st3.non-member=error st3.printed-name=off st3.printed-name=note st3.printed-name=warning st3.printed-name=error st3.reserved-code=off st3.reserved-code=note st3.reserved-code=warning st3.reserved-code=error st3.unknown-code=off st3.unknown-code=note st3.unknown-code=warning st3.unknown-code=error suppress.unknown-rule=off suppress.unknown-rule=note suppress.unknown-rule=warning suppress.unknown-rule=error suppress.unused=off suppress.unused=note suppress.unused=warning suppress.unused=error value.empty-description=off value.empty-description=note value.empty-description=warning value.empty-description=error value.implausible-count=off value.implausible-count=note value.implausible-count=warning value.implausible-count=error value.zero-count=off value.zero-count=note value.zero-count=warning value.zero-count=error'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" config' -l 'config' -d 'Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" no-config' -l 'no-config' -d 'Ignore every .wgdoc.toml.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc build" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc rules" format' -l 'format' -d 'How to print the list; text is tab-separated: id, severity, stage, summary.' -rfka 'text json'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc rules" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc config" templates' -l 'templates' -d 'Use the language packs and ST.3 registry in DIR instead of the bundled ones.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc config" max-input-size' -l 'max-input-size' -d 'Refuse inputs larger than N bytes.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc config"' -l 'rule' -d 'Change a meaning check\'s severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).' -rfka 'annex.co-organizer-mark=off annex.co-organizer-mark=note annex.co-organizer-mark=warning annex.co-organizer-mark=error annex.duplicate-participant=off annex.duplicate-participant=note annex.duplicate-participant=warning annex.duplicate-participant=error annex.legend-source=off annex.legend-source=note annex.legend-source=warning annex.legend-source=error annex.undefined-category=off annex.undefined-category=note annex.undefined-category=warning annex.undefined-category=error annex.unused-category=off annex.unused-category=note annex.unused-category=warning annex.unused-category=error date.order=off date.order=note date.order=warning date.order=error date.outside-period=off date.outside-period=note date.outside-period=warning date.outside-period=error figures.contradicted=off figures.contradicted=note figures.contradicted=warning figures.contradicted=error figures.empty-scope=off figures.empty-scope=note figures.empty-scope=warning figures.empty-scope=error st3.name-mismatch=off st3.name-mismatch=note st3.name-mismatch=warning st3.name-mismatch=error st3.non-member=off st3.non-member=note st3.non-member=warning st3.non-member=error st3.printed-name=off st3.printed-name=note st3.printed-name=warning st3.printed-name=error st3.reserved-code=off st3.reserved-code=note st3.reserved-code=warning st3.reserved-code=error st3.unknown-code=off st3.unknown-code=note st3.unknown-code=warning st3.unknown-code=error suppress.unknown-rule=off suppress.unknown-rule=note suppress.unknown-rule=warning suppress.unknown-rule=error suppress.unused=off suppress.unused=note suppress.unused=warning suppress.unused=error value.empty-description=off value.empty-description=note value.empty-description=warning value.empty-description=error value.implausible-count=off value.implausible-count=note value.implausible-count=warning value.implausible-count=error value.zero-count=off value.zero-count=note value.zero-count=warning value.zero-count=error'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc config" config' -l 'config' -d 'Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc config" no-config' -l 'no-config' -d 'Ignore every .wgdoc.toml.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc config" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" from' -l 'from' -d 'This year\'s source.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" output' -l 'output' -d 'Where to write the new source. Default: standard output.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" force' -l 'force' -d 'Replace --output if it exists.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" templates' -l 'templates' -d 'Use the language packs and ST.3 registry in DIR instead of the bundled ones.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" max-input-size' -l 'max-input-size' -d 'Refuse inputs larger than N bytes.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new"' -l 'rule' -d 'Change a meaning check\'s severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).' -rfka 'annex.co-organizer-mark=off annex.co-organizer-mark=note annex.co-organizer-mark=warning annex.co-organizer-mark=error annex.duplicate-participant=off annex.duplicate-participant=note annex.duplicate-participant=warning annex.duplicate-participant=error annex.legend-source=off annex.legend-source=note annex.legend-source=warning annex.legend-source=error annex.undefined-category=off annex.undefined-category=note annex.undefined-category=warning annex.undefined-category=error annex.unused-category=off annex.unused-category=note annex.unused-category=warning annex.unused-category=error date.order=off date.order=note date.order=warning date.order=error date.outside-period=off date.outside-period=note date.outside-period=warning date.outside-period=error figures.contradicted=off figures.contradicted=note figures.contradicted=warning figures.contradicted=error figures.empty-scope=off figures.empty-scope=note figures.empty-scope=warning figures.empty-scope=error st3.name-mismatch=off st3.name-mismatch=note st3.name-mismatch=warning st3.name-mismatch=error st3.non-member=off st3.non-member=note st3.non-member=warning st3.non-member=error st3.printed-name=off st3.printed-name=note st3.printed-name=warning st3.printed-name=error st3.reserved-code=off st3.reserved-code=note st3.reserved-code=warning st3.reserved-code=error st3.unknown-code=off st3.unknown-code=note st3.unknown-code=warning st3.unknown-code=error suppress.unknown-rule=off suppress.unknown-rule=note suppress.unknown-rule=warning suppress.unknown-rule=error suppress.unused=off suppress.unused=note suppress.unused=warning suppress.unused=error value.empty-description=off value.empty-description=note value.empty-description=warning value.empty-description=error value.implausible-count=off value.implausible-count=note value.implausible-count=warning value.implausible-count=error value.zero-count=off value.zero-count=note value.zero-count=warning value.zero-count=error'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" config' -l 'config' -d 'Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" no-config' -l 'no-config' -d 'Ignore every .wgdoc.toml.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc import-activities" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" into' -l 'into' -d 'Replace the activities of an annex in this source.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" annex' -l 'annex' -d 'The id of the annex to fill (with --into).' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" output' -l 'output' -d 'Write here instead of SOURCE or standard output.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" lang' -l 'lang' -d 'The document\'s language (without --into): a name written with its code is kept as the name to print unless it is one of the registry\'s names in this language.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" planned' -l 'planned' -d 'Rows are a work plan: type, participants, audience and count may be empty (without --into).'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" templates' -l 'templates' -d 'Use the language packs and ST.3 registry in DIR instead of the bundled ones.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" max-input-size' -l 'max-input-size' -d 'Refuse inputs larger than N bytes.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities"' -l 'rule' -d 'Change a meaning check\'s severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).' -rfka 'annex.co-organizer-mark=off annex.co-organizer-mark=note annex.co-organizer-mark=warning annex.co-organizer-mark=error annex.duplicate-participant=off annex.duplicate-participant=note annex.duplicate-participant=warning annex.duplicate-participant=error annex.legend-source=off annex.legend-source=note annex.legend-source=warning annex.legend-source=error annex.undefined-category=off annex.undefined-category=note annex.undefined-category=warning annex.undefined-category=error annex.unused-category=off annex.unused-category=note annex.unused-category=warning annex.unused-category=error date.order=off date.order=note date.order=warning date.order=error date.outside-period=off date.outside-period=note date.outside-period=warning date.outside-period=error figures.contradicted=off figures.contradicted=note figures.contradicted=warning figures.contradicted=error figures.empty-scope=off figures.empty-scope=note figures.empty-scope=warning figures.empty-scope=error st3.name-mismatch=off st3.name-mismatch=note st3.name-mismatch=warning st3.name-mismatch=error st3.non-member=off st3.non-member=note st3.non-member=warning st3.non-member=error st3.printed-name=off st3.printed-name=note st3.printed-name=warning st3.printed-name=error st3.reserved-code=off st3.reserved-code=note st3.reserved-code=warning st3.reserved-code=error st3.unknown-code=off st3.unknown-code=note st3.unknown-code=warning st3.unknown-code=error suppress.unknown-rule=off suppress.unknown-rule=note suppress.unknown-rule=warning suppress.unknown-rule=error suppress.unused=off suppress.unused=note suppress.unused=warning suppress.unused=error value.empty-description=off value.empty-description=note value.empty-description=warning value.empty-description=error value.implausible-count=off value.implausible-count=note value.implausible-count=warning value.implausible-count=error value.zero-count=off value.zero-count=note value.zero-count=warning value.zero-count=error'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" config' -l 'config' -d 'Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" no-config' -l 'no-config' -d 'Ignore every .wgdoc.toml.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc import-activities" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc export-activities" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" annex' -l 'annex' -d 'The id of the annex to export.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" output' -l 'output' -d 'Write the CSV here instead of standard output.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" header-language' -l 'header-language' -d 'Head the columns with this pack\'s titles (zh, en …) instead of attribute names.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" bom' -l 'bom' -d 'Start the file with a UTF-8 byte order mark (for spreadsheets that need one).'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" templates' -l 'templates' -d 'Use the language packs and ST.3 registry in DIR instead of the bundled ones.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" max-input-size' -l 'max-input-size' -d 'Refuse inputs larger than N bytes.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities"' -l 'rule' -d 'Change a meaning check\'s severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).' -rfka 'annex.co-organizer-mark=off annex.co-organizer-mark=note annex.co-organizer-mark=warning annex.co-organizer-mark=error annex.duplicate-participant=off annex.duplicate-participant=note annex.duplicate-participant=warning annex.duplicate-participant=error annex.legend-source=off annex.legend-source=note annex.legend-source=warning annex.legend-source=error annex.undefined-category=off annex.undefined-category=note annex.undefined-category=warning annex.undefined-category=error annex.unused-category=off annex.unused-category=note annex.unused-category=warning annex.unused-category=error date.order=off date.order=note date.order=warning date.order=error date.outside-period=off date.outside-period=note date.outside-period=warning date.outside-period=error figures.contradicted=off figures.contradicted=note figures.contradicted=warning figures.contradicted=error figures.empty-scope=off figures.empty-scope=note figures.empty-scope=warning figures.empty-scope=error st3.name-mismatch=off st3.name-mismatch=note st3.name-mismatch=warning st3.name-mismatch=error st3.non-member=off st3.non-member=note st3.non-member=warning st3.non-member=error st3.printed-name=off st3.printed-name=note st3.printed-name=warning st3.printed-name=error st3.reserved-code=off st3.reserved-code=note st3.reserved-code=warning st3.reserved-code=error st3.unknown-code=off st3.unknown-code=note st3.unknown-code=warning st3.unknown-code=error suppress.unknown-rule=off suppress.unknown-rule=note suppress.unknown-rule=warning suppress.unknown-rule=error suppress.unused=off suppress.unused=note suppress.unused=warning suppress.unused=error value.empty-description=off value.empty-description=note value.empty-description=warning value.empty-description=error value.implausible-count=off value.implausible-count=note value.implausible-count=warning value.implausible-count=error value.zero-count=off value.zero-count=note value.zero-count=warning value.zero-count=error'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" config' -l 'config' -d 'Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" no-config' -l 'no-config' -d 'Ignore every .wgdoc.toml.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc export-activities" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_positional "wgdoc fmt" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt" check' -l 'check' -d 'Write nothing; list the files that are not in canonical layout and exit 1 if any.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt" templates' -l 'templates' -d 'Use the language packs and ST.3 registry in DIR instead of the bundled ones.' -rfa '(__wgdoc_complete_directories)'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt" max-input-size' -l 'max-input-size' -d 'Refuse inputs larger than N bytes.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt"' -l 'rule' -d 'Change a meaning check\'s severity: RULE=off, note, warning or error (repeatable; wgdoc rules lists them).' -rfka 'annex.co-organizer-mark=off annex.co-organizer-mark=note annex.co-organizer-mark=warning annex.co-organizer-mark=error annex.duplicate-participant=off annex.duplicate-participant=note annex.duplicate-participant=warning annex.duplicate-participant=error annex.legend-source=off annex.legend-source=note annex.legend-source=warning annex.legend-source=error annex.undefined-category=off annex.undefined-category=note annex.undefined-category=warning annex.undefined-category=error annex.unused-category=off annex.unused-category=note annex.unused-category=warning annex.unused-category=error date.order=off date.order=note date.order=warning date.order=error date.outside-period=off date.outside-period=note date.outside-period=warning date.outside-period=error figures.contradicted=off figures.contradicted=note figures.contradicted=warning figures.contradicted=error figures.empty-scope=off figures.empty-scope=note figures.empty-scope=warning figures.empty-scope=error st3.name-mismatch=off st3.name-mismatch=note st3.name-mismatch=warning st3.name-mismatch=error st3.non-member=off st3.non-member=note st3.non-member=warning st3.non-member=error st3.printed-name=off st3.printed-name=note st3.printed-name=warning st3.printed-name=error st3.reserved-code=off st3.reserved-code=note st3.reserved-code=warning st3.reserved-code=error st3.unknown-code=off st3.unknown-code=note st3.unknown-code=warning st3.unknown-code=error suppress.unknown-rule=off suppress.unknown-rule=note suppress.unknown-rule=warning suppress.unknown-rule=error suppress.unused=off suppress.unused=note suppress.unused=warning suppress.unused=error value.empty-description=off value.empty-description=note value.empty-description=warning value.empty-description=error value.implausible-count=off value.implausible-count=note value.implausible-count=warning value.implausible-count=error value.zero-count=off value.zero-count=note value.zero-count=warning value.zero-count=error'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt" config' -l 'config' -d 'Read the settings from FILE instead of the .wgdoc.toml found from the working folder upward.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt" no-config' -l 'no-config' -d 'Ignore every .wgdoc.toml.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc fmt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" example' -l 'example' -d 'The source to scale.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'xml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" sizes' -l 'sizes' -d 'Activity counts, comma-separated.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" repeat' -l 'repeat' -d 'Runs of each measurement; the fastest counts.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" xmllint' -l 'xmllint' -d 'The xmllint to compare with.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" files' -l 'files' -d 'How many example-sized files the parallel validate measurement checks.' -rfka ''
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" keep' -l 'keep' -d 'Keep the generated sources and outputs (the folder is printed to standard error).'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" version' -l 'version' -d 'Show the version.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc bench" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'wgdoc' -n '__wgdoc_should_offer_completions_for_flags_or_options "wgdoc help" version' -l 'version' -d 'Show the version.'
