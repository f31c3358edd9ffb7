/**
 * The case log as the spec defines it: its columns and header, the codes and cell values it writes and reads, a
 * row parsed and checked on its own, and a row as the modules' records and back.
 */
package heard.interchange.caselog;
