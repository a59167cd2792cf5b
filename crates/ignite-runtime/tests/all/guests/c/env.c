// Prints the execution context it was given.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const char *names[] = {"GREETING", "IGNITE_EXECUTION_ID", "IGNITE_FUNCTION_ID", "IGNITE_ORGANIZATION_ID"};
    for (int i = 0; i < 4; i++) {
        const char *v = getenv(names[i]);
        printf("%s=%s\n", names[i], v ? v : "(unset)");
    }
    fprintf(stderr, "env guest done\n");
    return 0;
}
